# A text adventure driven by tables: rooms in a prebuilt dict, exits in a
# dict of dicts, commands dispatched through a dict of functions sharing
# one signature, aliases, item lists, a keypad state machine whose
# transitions are a dict keyed by "state:event" strings, a scripted session.
# RUN: %{differential}
import sys

ROOMS = {
    "hall": "a dusty hall with a grandfather clock",
    "library": "shelves of damp books",
    "vault": "a cold room behind a steel door",
    "garden": "an overgrown garden",
}

# "room direction target": Game builds a dict of dicts from these (rpy
# does not yet look up dicts nested in a prebuilt dict).
EXITS = ["hall north library", "hall east vault", "hall south garden",
         "library south hall", "vault west hall", "garden north hall"]

START_ITEMS = {"library": "lamp,note", "garden": "shovel", "vault": "gold"}

ALIASES = {"n": "go north", "s": "go south", "e": "go east",
           "w": "go west", "i": "inventory", "l": "look"}

# The keypad of the vault door: digits move it through states.
KEYPAD = {
    "locked:4": "one", "one:2": "two", "two:7": "open",
    "one:4": "one", "two:4": "one",
}


class Game(object):
    def __init__(self):
        self.room = "hall"
        self.items = {}
        self.exits = {}
        for room in ROOMS:
            self.items[room] = []
            self.exits[room] = {}
        for line in EXITS:
            words = line.split(" ")
            self.exits[words[0]][words[1]] = words[2]
        for room, names in START_ITEMS.items():
            for name in names.split(","):
                self.items[room].append(name)
        self.inventory = []
        self.keypad = "locked"
        self.moves = 0
        self.score = 0
        self.over = False


def cmd_look(game, arg):
    text = "You are in %s." % ROOMS[game.room]
    here = game.items[game.room]
    if len(here) > 0:
        text += " You see: " + ", ".join(here) + "."
    exits = sorted(game.exits[game.room].keys())
    return text + " Exits: " + " ".join(exits)


def cmd_go(game, arg):
    exits = game.exits[game.room]
    if arg not in exits:
        return "You can't go %s." % (arg if arg != "" else "nowhere")
    target = exits[arg]
    if target == "vault" and game.keypad != "open":
        return "The steel door is locked. A keypad glows."
    game.room = target
    game.moves += 1
    return cmd_look(game, "")


def cmd_take(game, arg):
    here = game.items[game.room]
    if arg not in here:
        return "There is no %s here." % arg
    del here[here.index(arg)]  # list.remove is not supported by rpy yet
    game.inventory.append(arg)
    if arg == "gold":
        game.score += 50
    return "Taken: %s." % arg


def cmd_drop(game, arg):
    if arg not in game.inventory:
        return "You don't have %s." % arg
    del game.inventory[game.inventory.index(arg)]
    game.items[game.room].append(arg)
    return "Dropped."


def cmd_inventory(game, arg):
    if len(game.inventory) == 0:
        return "You carry nothing."
    return "You carry: " + ", ".join(sorted(game.inventory))


def cmd_read(game, arg):
    if arg != "note" or "note" not in game.inventory:
        return "Nothing to read."
    return "The note says: 4 2 7."


def cmd_press(game, arg):
    if game.room != "hall":
        return "There is no keypad here."
    for digit in arg:
        key = game.keypad + ":" + digit
        game.keypad = KEYPAD.get(key, "locked")
    if game.keypad == "open":
        game.score += 10
        return "Click. The steel door swings open."
    return "Beep. (%s)" % game.keypad


def cmd_dig(game, arg):
    if game.room != "garden" or "shovel" not in game.inventory:
        return "You can't dig here."
    if "coin" in game.items["garden"] or "coin" in game.inventory:
        return "Just dirt."
    game.items["garden"].append("coin")
    game.score += 5
    return "You unearth a coin!"


def cmd_quit(game, arg):
    game.over = True
    return "Bye."


COMMANDS = {
    "look": cmd_look, "go": cmd_go, "take": cmd_take, "drop": cmd_drop,
    "inventory": cmd_inventory, "read": cmd_read, "press": cmd_press,
    "dig": cmd_dig, "quit": cmd_quit,
}


def execute(game, line):
    line = line.strip().lower()
    if line in ALIASES:
        line = ALIASES[line]
    words = line.split()
    if len(words) == 0:
        return "Say something."
    verb = words[0]
    arg = " ".join(words[1:])
    handler = COMMANDS.get(verb, None)
    if handler is None:
        return "I don't know how to '%s'." % verb
    return handler(game, arg)


SCRIPT = """look
e
n
take lamp
take note
read note
i
s
press 49
press 427
e
take gold
w
s
dig
take shovel
n
s
dig
dig
take coin
drop lamp
look
dance wildly

i
go up
quit
look"""


def main(argv):
    game = Game()
    for number, line in enumerate(SCRIPT.split("\n")):
        if game.over:
            print("(ignored after quit: %r)" % line)
            continue
        reply = execute(game, line)
        print("%2d> %-12s| %s" % (number + 1, line, reply))
    print("room=%s moves=%d score=%d keypad=%s" % (game.room, game.moves,
                                                   game.score, game.keypad))
    for room in sorted(game.items.keys()):
        print(f"  {room:>8}: {len(game.items[room])} item(s)",
              game.items[room])
    return 0 if game.score == 65 else len(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
