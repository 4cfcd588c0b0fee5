#!/usr/bin/env python
# vim: set fileencoding=iso-8859-15 :
# A declaration on the second line counts after a comment line; iso-8859-15 has the euro sign.
print("€", hex(ord("€")))
