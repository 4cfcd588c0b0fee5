from circ_bad_a import X

Y = 2
