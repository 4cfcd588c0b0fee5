class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__("%s: wanted %d, have %d" % (sku, wanted, have))
        self.sku, self.wanted, self.have = sku, wanted, have

class PositiveInt:
    def __set_name__(self, owner, name):
        self.attr = "_" + name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        return getattr(obj, self.attr)

    def __set__(self, obj, value):
        if not isinstance(value, int) or value < 0:
            raise InventoryError("%s must be a non-negative int, got %r" % (self.attr[1:], value))
        setattr(obj, self.attr, value)

class Item:
    quantity = PositiveInt()
    price_cents = PositiveInt()

    def __init__(self, sku, name, price_cents, quantity=0, tags=()):
        self.sku = sku
        self.name = name
        self.price_cents = price_cents
        self.quantity = quantity
        self.tags = sorted(tags)

    @property
    def value(self):
        return self.price_cents * self.quantity

    def __repr__(self):
        return "Item(%s, %s, $%d.%02d x%d)" % (self.sku, self.name, self.price_cents // 100,
                                               self.price_cents % 100, self.quantity)

class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].quantity += item.quantity
        else:
            self._items[item.sku] = item
        return self

    def __getitem__(self, sku):
        return self._items[sku]

    def __contains__(self, sku):
        return sku in self._items

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))

    def __len__(self):
        return len(self._items)

    def remove(self, sku, qty):
        item = self._items.get(sku)
        if item is None:
            raise InventoryError("unknown sku " + sku)
        if qty > item.quantity:
            raise OutOfStock(sku, qty, item.quantity)
        item.quantity -= qty

    def total_value(self):
        return sum(i.value for i in self)

    def by_tag(self, tag):
        return [i.sku for i in self if tag in i.tags]

    def low_stock(self, threshold):
        return [(i.sku, i.quantity) for i in self if i.quantity <= threshold]

class Order:
    def __init__(self, inventory):
        self.inventory = inventory
        self.lines = []

    def __enter__(self):
        return self

    def add(self, sku, qty):
        self.lines.append((sku, qty))
        return self

    def __exit__(self, t, e, tb):
        if t is not None:
            print("order aborted:", t.__name__, e)
            return issubclass(t, InventoryError)
        done = []
        try:
            for sku, qty in self.lines:
                self.inventory.remove(sku, qty)
                done.append((sku, qty))
        except InventoryError as err:
            for sku, qty in done:
                self.inventory[sku].quantity += qty
            print("order rolled back:", err)
            return True
        print("order fulfilled:", self.lines)

inv = Inventory()
inv.add(Item("B-2", "bolt", 25, 100, ["metal", "small"]))
inv.add(Item("N-1", "nut", 10, 250, ("metal", "small")))
inv.add(Item("H-9", "hammer", 1599, 4, ["tool"]))
inv.add(Item("B-2", "bolt", 25, 20))
for it in inv:
    print(it, it.tags, it.value)
print(len(inv), "H-9" in inv, "X" in inv, inv.total_value())
try:
    inv["N-1"].quantity = -3
except InventoryError as e:
    print("InventoryError:", e)
try:
    Item("Z", "bad", 9.99)
except InventoryError as e:
    print("InventoryError:", e)
with Order(inv) as o:
    o.add("B-2", 20).add("H-9", 1)
with Order(inv) as o:
    o.add("N-1", 50).add("H-9", 10)
with Order(inv) as o:
    o.add("Q-0", 1)
with Order(inv) as o:
    o.add("N-1", 1)
    raise OutOfStock("N-1", 1, 0)
print(inv.low_stock(100), inv.by_tag("metal"), inv.by_tag("tool"))
print(inv["N-1"].quantity, inv["H-9"].quantity, inv.total_value())
print(type(Item.__dict__["quantity"]).__name__, Item.quantity.attr)
