# SyntaxErrors of the async constructs, with CPython's messages and positions.

cases = [
    "await x",
    "class C:\n    await x",
    "def f():\n    await x",
    "def f():\n    async for i in x: pass",
    "def f():\n    async with x: pass",
    "async for i in x: pass",
    "async with x: pass",
    "async def f():\n    yield from x",
    "async def f():\n    x = yield from y\n",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield 1\n    return None",
    "def f():\n    return [i async for i in x]",
    "[i async for i in x]",
    "def f():\n    return [await j for j in i]",
    "async def f():\n    lambda: await x",
    "async def f():\n    def g(): await x",
    "async def f():\n    class C:\n        await x",
    "async def f():\n    class C:\n        [x async for x in y]",
    "def f():\n    [x async for x in (y for y in z)]",
    "def f(): [[x async for x in y] for z in w]",
    "def f(): [[await x for x in y] for z in w]",
    "def f():\n   yield from (await x)",
    # These compile.
    "def f():\n    return (i async for i in x)",
    "(i async for i in x)",
    "async def f():\n    return [[j async for j in i] for i in x]",
    "async def f():\n    return [[await j for j in i] for i in x]",
    "async def f():\n    return {await i: 1 for i in x}",
    "def f():\n    return (await j for j in i)",
    "def f():\n    [x for x in (y async for y in z)]",
    "async def f(): [[x async for x in y] for z in w]",
    "async def f():\n    yield\n    return",
    "async def f():\n    async with a as b, c:\n        async for x in b:\n            await x",
]
for c in cases:
    # exec compiles first; a program that compiles may still fail when it runs (free names).
    try:
        exec(c, {})
        print(repr(c), "OK")
    except SyntaxError as e:
        print(repr(c), "->", e.msg, e.lineno, e.offset)
    except Exception as e:
        print(repr(c), "OK, then", type(e).__name__)

# The flags of the code objects.
ns = {}
exec("async def co(): pass\nasync def ag(): yield\ndef ge(): yield\n", ns)
for name in ["co", "ag", "ge"]:
    print(name, ns[name].__code__.co_flags & 0x3A0)
