# A decimal int literal of more than 4300 digits is a SyntaxError at compile time,
# even in code that never runs; other literal forms are not limited.
def try_compile(src, mode='exec'):
    try:
        if mode == 'exec':
            exec(src, {})
        else:
            eval(src, {})
    except SyntaxError as e:
        print('SyntaxError:', e.msg[:90], '| line', e.lineno, 'offset', e.offset)
        return
    print('compiled')

ok = '1' * 4300
print(len(str(eval(ok))))
try_compile('x = ' + '1' * 4301)
try_compile('-' + '9' * 5000, 'eval')
try_compile('y = 1\nif 0:\n    z = ' + '7' * 4301 + '\n')
try_compile('def f():\n    return ' + '2' * 4400 + '\n')
# Underscores are not digits.
print(eval('1_' + '0' * 4299) == 10 ** 4299)
try_compile('1_' + '0' * 4300, 'eval')
# Zeros, hex, octal, binary, floats and imaginaries are not decimal int conversions.
print(eval('0' * 5000))
print(eval('0x' + 'f' * 5000).bit_length())
print(eval('0o' + '7' * 5000).bit_length())
print(eval('0b' + '1' * 5000).bit_length())
print(eval('1' * 4400 + '.0'))
print(eval('1' * 4400 + 'e-4400'))
# Digits inside strings and comments do not count.
print(len(eval("'" + '1' * 5000 + "'")))
try_compile('# ' + '1' * 5000 + '\nx = 1\n')
# A syntax error before the literal is reported first; the literal error wins after.
try_compile('x = (\n' + '1' * 4301 + ')\n')
try_compile('x = = 1\ny = ' + '1' * 4301 + '\n')
try_compile('y = ' + '1' * 4301 + '\nx = = 1\n')
try:
    exec('v = ' + '3' * 4301)
except SyntaxError as e:
    print(type(e).__name__, e.msg.endswith('to avoid decimal conversion limits.'))
