import circ_attr_a

Y = circ_attr_a.X
