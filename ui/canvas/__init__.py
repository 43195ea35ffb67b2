"""The network canvas: neurons and links drawn from a snapshot, edited by hand, and the phase
overlay of the step-by-step and propagation modes; the animated GIF export that draws it offscreen."""
