package dev.pitwall.timing.ws;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The HTTP server settings the race socket needs: WebSocket compression as configured (off by default), and
 * the connections' kernel send buffer when one is set (see {@link WsConfig}).
 */
@ApplicationScoped
public class SocketServerOptions implements HttpServerOptionsCustomizer {

    private final WsConfig config;

    public SocketServerOptions(WsConfig config) {
        this.config = config;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        apply(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        apply(options);
    }

    private void apply(HttpServerOptions options) {
        options.setPerMessageWebSocketCompressionSupported(config.compression());
        options.setPerFrameWebSocketCompressionSupported(config.compression());
        config.sendBufferBytes().ifPresent(options::setSendBufferSize);
    }
}
