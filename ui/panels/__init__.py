"""The settings dock and its inputs, Compare runs, Customize, and the timeline bar."""
