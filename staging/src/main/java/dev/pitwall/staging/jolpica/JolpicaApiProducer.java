package dev.pitwall.staging.jolpica;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Chooses where Jolpica replies come from: the live API over HTTP (the default), or an offline mirror of
 * recorded replies when the base URL is a {@code file:} URL (the local stack uses the one bundled in
 * {@code data/jolpica}).
 */
@ApplicationScoped
class JolpicaApiProducer {

    @Produces
    @ApplicationScoped
    @Source
    JolpicaApi api(JolpicaConfig config, @RestClient Instance<JolpicaApi> http) {
        if (JolpicaMirror.isMirror(config.url())) {
            JolpicaMirror mirror = JolpicaMirror.open(config.url());
            Log.infof("Jolpica replies come from the offline mirror %s (%d recorded replies)", config.url(), mirror.size());
            return mirror;
        }
        return http.get();
    }
}
