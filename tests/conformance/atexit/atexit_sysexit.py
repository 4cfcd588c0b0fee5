import atexit
import sys
atexit.register(print, 'handler after SystemExit')
atexit.register(print, 'cleared', 'never')
atexit._clear()
atexit.register(print, 'only this one')
print('exiting')
sys.exit(3)
