from circ_bad_b import Y

X = 1
