import struct
for c in 'bBhHiIlLqQ':
  for f in '<>=@!':
    for v in (70000, -70000, 2**40, -1, 2**63, 2**64-1):
      try: struct.pack(f+c, v)
      except Exception as e: print(f+c, v, e)
for f in '<>=@!':
    for c in 'qQhHiI':
        for v in (2**100, -2**100):
            try: struct.pack(f+c, v)
            except Exception as e: print(f+c, v, e)
