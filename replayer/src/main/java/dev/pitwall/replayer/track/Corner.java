package dev.pitwall.replayer.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A numbered corner of the circuit map: where its marker goes ({@code x}/{@code y}, the outline's frame, 1/10 m),
 * the direction the marker's label is pushed off the track ({@code angle}, degrees, as FastF1's circuit info
 * gives it) and, when the file has it, how far into the lap the corner is ({@code distance}, metres from the
 * line). A value the file lacks is null.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Corner(int number, double x, double y, Double angle, Double distance) {
}
