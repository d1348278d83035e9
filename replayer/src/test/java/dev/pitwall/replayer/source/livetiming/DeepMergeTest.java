package dev.pitwall.replayer.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DeepMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static JsonNode apply(String... deltas) throws Exception {
        JsonNode state = null;
        for (String d : deltas) {
            state = DeepMerge.merge(state, json(d));
        }
        return state;
    }

    @Test
    void aListThenIndexKeyedUpdatesChangeThoseIndices() throws Exception {
        JsonNode state = apply(
                "{'Lines':{'4':{'Sectors':[{'Value':''},{'Value':''},{'Value':''}],'Position':'3'}}}",
                "{'Lines':{'4':{'Sectors':{'0':{'Value':'34.573','PersonalFastest':true}}}}}",
                "{'Lines':{'4':{'Sectors':{'2':{'Value':'65.482'}},'Position':'2'}}}");
        assertThat(state).isEqualTo(json(
                "{'Lines':{'4':{'Sectors':[{'Value':'34.573','PersonalFastest':true},{'Value':''},{'Value':'65.482'}],"
                        + "'Position':'2'}}}"));
    }

    @Test
    void anIndexPastTheEndAppends() throws Exception {
        JsonNode state = apply("{'Messages':[{'Message':'GREEN LIGHT'}]}",
                "{'Messages':{'1':{'Message':'DRS ENABLED'}}}",
                "{'Messages':{'3':{'Message':'CHEQUERED FLAG'}}}");
        assertThat(state.get("Messages").size()).isEqualTo(4);
        assertThat(state.at("/Messages/1/Message").asText()).isEqualTo("DRS ENABLED");
        assertThat(state.at("/Messages/2").isNull()).isTrue();
        assertThat(state.at("/Messages/3/Message").asText()).isEqualTo("CHEQUERED FLAG");
    }

    @Test
    void objectsMergeKeyByKeyAndValuesReplace() throws Exception {
        JsonNode state = apply("{'CurrentLap':1,'TotalLaps':58}", "{'TotalLaps':57}", "{'CurrentLap':2}");
        assertThat(state).isEqualTo(json("{'CurrentLap':2,'TotalLaps':57}"));
    }

    @Test
    void deletedKeysAreRemoved() throws Exception {
        JsonNode state = apply("{'4':{'BestLapTime':{'Value':'1:12.306','Lap':3}}}",
                "{'4':{'BestLapTime':{'Value':'','_deleted':['Lap']}}}");
        assertThat(state).isEqualTo(json("{'4':{'BestLapTime':{'Value':''}}}"));
    }

    @Test
    void aNewObjectCarriesNoDeletedMarker() throws Exception {
        JsonNode state = apply("{}", "{'1':{'Tla':'BAD','_deleted':['TeamName']}}");
        assertThat(state).isEqualTo(json("{'1':{'Tla':'BAD'}}"));
    }

    @Test
    void aListReplacedByAListIsReplaced() throws Exception {
        JsonNode state = apply("{'Stints':[{'Compound':'SOFT'}]}", "{'Stints':[]}");
        assertThat(state).isEqualTo(json("{'Stints':[]}"));
    }
}
