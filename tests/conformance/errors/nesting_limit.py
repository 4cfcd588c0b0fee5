# CPython's tokenizer allows 200 nested brackets and refuses the 201st, in compiled code
# (eval/exec) as in the program itself; brackets inside strings do not count.
print(eval("(" * 200 + "1" + ")" * 200))
print(len(eval("[" * 150 + "]" * 150)))
print(len("(" * 300))
for src in ["(" * 201 + "1" + ")" * 201, "[" * 201 + "]" * 201, "{" * 120 + "(" * 81 + ")" * 81 + "}" * 120]:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    exec("x = 1\n" + "f(" * 250 + ")" * 250)
except SyntaxError as e:
    print(e.msg, e.lineno)
