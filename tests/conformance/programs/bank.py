accounts = {}
log = []


def open_account(name, initial=0):
    if name in accounts:
        raise ValueError("account exists: " + name)
    accounts[name] = {"balance": initial, "history": [("open", initial)]}
    log.append("opened " + name)


def deposit(name, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive")
    acct = accounts[name]
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))


def withdraw(name, amount):
    acct = accounts[name]
    if amount > acct["balance"]:
        raise ValueError("insufficient funds in %s: balance %d, requested %d" % (name, acct["balance"], amount))
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))


def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except KeyError:
        deposit(src, amount)
        raise
    log.append("transfer %d %s->%s" % (amount, src, dst))


def apply_interest(rate_percent):
    for name in sorted(accounts):
        acct = accounts[name]
        interest = acct["balance"] * rate_percent // 100
        if interest:
            acct["balance"] += interest
            acct["history"].append(("interest", interest))


ops = [
    ("open", "alice", 100), ("open", "bob", 50), ("open", "carol", 0),
    ("deposit", "alice", 25), ("withdraw", "bob", 80), ("transfer", "alice", "bob", 60),
    ("transfer", "bob", "dave", 10), ("deposit", "carol", -5), ("open", "bob", 1),
    ("withdraw", "carol", 0), ("transfer", "bob", "carol", 110),
]
for op in ops:
    try:
        kind = op[0]
        if kind == "open":
            open_account(op[1], op[2])
        elif kind == "deposit":
            deposit(op[1], op[2])
        elif kind == "withdraw":
            withdraw(op[1], op[2])
        elif kind == "transfer":
            transfer(op[1], op[2], op[3])
        print("ok   ", op)
    except (ValueError, KeyError) as e:
        print("fail ", op, "->", type(e).__name__, e)
apply_interest(10)
for name in sorted(accounts):
    a = accounts[name]
    print(name, a["balance"], a["history"])
print("total:", sum(a["balance"] for a in accounts.values()))
print("log:", log)
richest = max(accounts, key=lambda n: accounts[n]["balance"])
print("richest:", richest)
