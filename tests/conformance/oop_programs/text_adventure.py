class GameError(Exception):
    pass

class CantGo(GameError):
    pass

class Thing:
    def __init__(self, name, description, portable=True):
        self.name = name
        self.description = description
        self.portable = portable

    def __repr__(self):
        return self.name

class Key(Thing):
    def __init__(self, name, opens):
        super().__init__(name, "a key that opens the " + opens)
        self.opens = opens

class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.things = []
        self.locked = {}

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self
        return self

    def describe(self):
        lines = ["== %s ==" % self.name, self.description]
        if self.things:
            lines.append("You see: " + ", ".join(t.name for t in self.things))
        lines.append("Exits: " + ", ".join(sorted(self.exits)))
        return "\n".join(lines)

    def take(self, name):
        for t in self.things:
            if t.name == name:
                if not t.portable:
                    raise GameError("the %s is too heavy" % name)
                self.things.remove(t)
                return t
        raise GameError("there is no %s here" % name)

class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0

    def go(self, direction):
        if direction not in self.room.exits:
            raise CantGo("you can't go " + direction)
        door = self.room.locked.get(direction)
        if door and not any(isinstance(t, Key) and t.opens == door for t in self.inventory):
            raise CantGo("the %s is locked" % door)
        self.room = self.room.exits[direction]
        self.moves += 1
        return self.room.describe()

    def take(self, name):
        self.inventory.append(self.room.take(name))
        return "taken: " + name

    def drop(self, name):
        for t in self.inventory:
            if t.name == name:
                self.inventory.remove(t)
                self.room.things.append(t)
                return "dropped: " + name
        raise GameError("you don't have " + name)

class Game:
    def __init__(self):
        hall = Room("Hall", "A dusty hall.")
        kitchen = Room("Kitchen", "Smells of old bread.")
        cellar = Room("Cellar", "Dark and damp.")
        vault = Room("Vault", "Gold glitters everywhere!")
        hall.connect("north", kitchen, back="south").connect("down", cellar, back="up")
        cellar.connect("east", vault, back="west", locked_by="iron door")
        kitchen.things += [Key("brass key", "iron door"), Thing("table", "sturdy", portable=False)]
        cellar.things.append(Thing("lamp", "an oil lamp"))
        self.player = Player(hall)
        self.vault = vault
        self.commands = {"go": self.player.go, "take": self.player.take, "drop": self.player.drop,
                         "look": lambda: self.player.room.describe(), "inv": self.inv}

    def inv(self):
        return "carrying: %r" % (self.player.inventory,)

    def run(self, script):
        for line in script:
            verb, _, arg = line.partition(" ")
            print("> " + line)
            try:
                action = self.commands[verb]
                print(action(arg) if arg else action())
            except KeyError:
                print("I don't understand '%s'" % verb)
            except CantGo as e:
                print("Blocked:", e)
            except GameError as e:
                print("Error:", e)
            if self.player.room is self.vault:
                print("*** You win in %d moves! ***" % self.player.moves)
                return True
        return False

game = Game()
won = game.run(["look", "go west", "go down", "take lamp", "go east", "go up", "go north",
                "take table", "take brass key", "take spoon", "inv", "dance", "drop lamp",
                "look", "go south", "go down", "go east", "look"])
print("won:", won, "inventory:", game.player.inventory)
