import circ_attr_b

X = 1
