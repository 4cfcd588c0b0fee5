import circ_a

B = "b"
SEEN = hasattr(circ_a, "A")
