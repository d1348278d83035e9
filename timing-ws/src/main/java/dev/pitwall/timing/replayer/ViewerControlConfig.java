package dev.pitwall.timing.replayer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether viewers may control the replay ({@code timing.viewer.*}; environment {@code TIMING_VIEWER_...}). */
@ConfigMapping(prefix = "timing.viewer")
public interface ViewerControlConfig {

    /**
     * {@code TIMING_VIEWER_CONTROL}: whether the deployment lets viewers control the replay, i.e. forwards control
     * calls that carry no {@code Authorization} header. Off, such calls get 403 without reaching the replayer; a
     * call with the header is always forwarded (the replayer checks its token). Off by default; on in the
     * {@code local}, {@code dev} and {@code test} profiles.
     */
    @WithDefault("false")
    boolean control();
}
