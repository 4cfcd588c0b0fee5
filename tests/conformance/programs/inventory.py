inventory = {}


def add_item(name, qty, price):
    item = inventory.setdefault(name, {"qty": 0, "price": price})
    item["qty"] += qty
    item["price"] = price


def remove_item(name, qty):
    if name not in inventory:
        raise KeyError(name)
    if inventory[name]["qty"] < qty:
        raise ValueError("only %d %s left" % (inventory[name]["qty"], name))
    inventory[name]["qty"] -= qty
    if inventory[name]["qty"] == 0:
        del inventory[name]


def value():
    return sum(v["qty"] * v["price"] for v in inventory.values())


def report():
    print("%-8s %5s %8s %9s" % ("item", "qty", "price", "value"))
    for name in sorted(inventory):
        v = inventory[name]
        print("%-8s %5d %8.2f %9.2f" % (name, v["qty"], v["price"], v["qty"] * v["price"]))
    print("total value: %.2f" % value())


add_item("widget", 10, 2.5)
add_item("gadget", 3, 19.99)
add_item("doohick", 100, 0.1)
add_item("widget", 5, 2.75)
report()
for name, qty in [("widget", 4), ("gadget", 3), ("gizmo", 1), ("doohick", 101), ("doohick", 50)]:
    try:
        remove_item(name, qty)
        print("removed", qty, name)
    except KeyError as e:
        print("no such item:", e)
    except ValueError as e:
        print("cannot remove:", e)
report()
restock = {k: max(0, 20 - v["qty"]) for k, v in inventory.items()}
print("restock:", restock)
cheap = [k for k, v in sorted(inventory.items()) if v["price"] < 1]
print("cheap:", cheap)
print(sorted(inventory.items(), key=lambda kv: kv[1]["qty"] * kv[1]["price"], reverse=True))
