package dev.pitwall.staging.load;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Lets tests of other packages serve the recorded replies. */
public final class RecordedJolpicaAccess {

    private RecordedJolpicaAccess() {
    }

    public static WireMockServer serve() {
        return RecordedJolpica.serve();
    }
}
