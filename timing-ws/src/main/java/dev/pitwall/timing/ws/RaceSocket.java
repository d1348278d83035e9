package dev.pitwall.timing.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * The race socket ({@code /ws/race}): the race as it stands on connect, then diffs, each with {@code ts} (see
 * {@link ServerMessage}). A viewer may send {@code {"type":"delay","seconds":N}}; anything else gets an error
 * frame and the matching close code. Browsers from an origin outside the allow-list are closed with 1008
 * (policy violation). A viewer that has not taken its last message for {@code timing.ws.max-busy-ticks}
 * updates in a row is closed with {@value RaceBroadcaster#TOO_SLOW} and the reason
 * {@code "too slow: N updates in a row could not be sent"} (N = max-busy-ticks + 1).
 */
@WebSocket(path = "/ws/race")
public class RaceSocket {

    private static final short POLICY_VIOLATION = 1008;

    private final RaceBroadcaster broadcaster;
    private final WsConfig config;
    private final ObjectMapper json = new ObjectMapper();

    public RaceSocket(RaceBroadcaster broadcaster, WsConfig config) {
        this.broadcaster = broadcaster;
        this.config = config;
    }

    @OnOpen
    public void open(WebSocketConnection connection) {
        String origin = connection.handshakeRequest().header("Origin");
        if (origin != null && !config.allowedOrigins().contains("*") && !config.allowedOrigins().contains(origin)) {
            connection.sendTextAndAwait("{\"type\":\"error\",\"error\":\"origin " + origin.replace("\"", "") + " is not allowed\"}");
            connection.closeAndAwait(new CloseReason(POLICY_VIOLATION, "origin not allowed"));
            return;
        }
        broadcaster.join(connection);
    }

    @OnTextMessage
    public void message(String text, WebSocketConnection connection) {
        ClientMessage message = ClientMessage.parse(json, text);
        if (message instanceof ClientMessage.Delay delay) {
            broadcaster.delay(connection, delay.seconds());
        } else if (message instanceof ClientMessage.Refused refused) {
            broadcaster.leave(connection);
            connection.sendTextAndAwait(ServerMessage.error(refused.error()));
            connection.closeAndAwait(new CloseReason(refused.closeCode(), refused.error().length() > 100
                    ? refused.error().substring(0, 100) : refused.error()));
        }
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        broadcaster.leave(connection);
    }
}
