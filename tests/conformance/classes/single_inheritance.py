class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"

    def describe(self):
        return self.kind() + ":" + self.speak()


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"


class Cat(Animal):
    sound = "meow"

    def __init__(self, name, lives=9):
        Animal.__init__(self, name)
        self.lives = lives


for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom")]:
    print(type(a).__name__, a.describe())
c = Cat("kit", 3)
print(c.lives, c.name)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(isinstance(Puppy("x"), Dog), isinstance(Cat("y"), Dog))
print(Puppy.__bases__)
print(Animal.__bases__)
print(Puppy.__base__)
print(Puppy.__mro__)
print(issubclass(Dog, (Cat, Animal)))
print(isinstance(c, (int, str)))
