"""Stage 5: posting a drafted thread. Only this package talks to a network API."""
