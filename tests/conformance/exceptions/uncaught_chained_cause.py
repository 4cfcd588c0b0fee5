class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config value: " + text) from e


print("loading 10:", load("10"))
print("loading x...")
load("x")
print("unreachable")
