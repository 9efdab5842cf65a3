# A warehouse simulation: a hierarchy of custom exceptions carrying data,
# try/except/else/finally (nested, re-raised, with an audit log written in
# finally blocks), transactions rolled back on failure, dicts of stock and
# reservations, sorted reports with %-formatting.
# RUN: %{differential}
import sys


class WarehouseError(Exception):
    pass


class UnknownItem(WarehouseError):
    pass


class OutOfStock(WarehouseError):
    pass


class BadQuantity(WarehouseError):
    pass


class Rollback(Exception):
    pass


class Item(object):
    def __init__(self, sku, name, price_cents, stock):
        self.sku = sku
        self.name = name
        self.price_cents = price_cents
        self.stock = stock
        self.reserved = 0

    def available(self):
        return self.stock - self.reserved


class Warehouse(object):
    def __init__(self):
        self.items = {}
        self.log = []
        self.revenue = 0
        self.failures = {}

    def add(self, sku, name, price_cents, stock):
        self.items[sku] = Item(sku, name, price_cents, stock)

    def find(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem("no item %s" % sku)

    def reserve(self, sku, quantity):
        if quantity <= 0:
            raise BadQuantity("quantity %d for %s" % (quantity, sku))
        item = self.find(sku)
        if item.available() < quantity:
            raise OutOfStock("%s: want %d, have %d" % (item.name, quantity,
                                                       item.available()))
        item.reserved += quantity
        return item.price_cents * quantity

    def release(self, sku, quantity):
        self.items[sku].reserved -= quantity

    def note_failure(self, kind):
        self.failures[kind] = self.failures.get(kind, 0) + 1

    # The loops over (sku, quantity) pairs live in helpers: rpy does not
    # unpack tuples inside a try block yet.
    def reserve_all(self, lines, reserved):
        total = 0
        for sku, quantity in lines:
            total += self.reserve(sku, quantity)
            reserved.append((sku, quantity))
        return total

    def release_all(self, reserved):
        for sku, quantity in reserved:
            self.release(sku, quantity)

    def commit_all(self, reserved):
        for sku, quantity in reserved:
            item = self.items[sku]
            item.reserved -= quantity
            item.stock -= quantity

    def place_order(self, customer, lines):
        # Reserves every line, then commits; any failure releases what the
        # order reserved so far. The audit log line is written in finally.
        reserved = []
        total = 0
        status = "failed"
        try:
            total = self.reserve_all(lines, reserved)
            if total > 50000:
                raise Rollback("order of %s over limit" % customer)
        except WarehouseError as e:
            self.release_all(reserved)
            if isinstance(e, OutOfStock):
                self.note_failure("stock")
            elif isinstance(e, UnknownItem):
                self.note_failure("unknown")
            else:
                self.note_failure("quantity")
            raise
        except Rollback:
            self.release_all(reserved)
            self.note_failure("limit")
            raise
        else:
            self.commit_all(reserved)
            self.revenue += total
            status = "ok"
        finally:
            self.log.append("%-6s %-7s %3d lines %8s" % (customer, status,
                                                         len(lines),
                                                         cents(total)))
        return total


def cents(amount):
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    return "%s%d.%02d" % (sign, amount // 100, amount % 100)


def message(error):
    # str() of an exception inside a handler that a finally block covers
    # is not supported by rpy yet: the handlers below call this instead.
    return str(error)


def restock(warehouse, deliveries):
    count = 0
    for sku, quantity in deliveries:
        try:
            if quantity <= 0:
                raise BadQuantity("delivery of %d" % quantity)
            warehouse.find(sku).stock += quantity
            count += 1
        except UnknownItem as e:
            print("  restock skipped:", message(e))
        except BadQuantity as e:
            print("  restock rejected:", message(e))
            break
        finally:
            warehouse.log.append("restock %s" % sku)
    return count


# Order lines as text ("sku*quantity"), parsed at run time: rpy does not
# yet iterate lists nested in prebuilt lists.
ORDERS = [
    ("ann", "A1*2 B2*1"),
    ("bob", "A1*5 C3*20"),
    ("cy", "B2*1 Z9*1"),
    ("dee", "C3*3 B2*0"),
    ("ivy", "C3*10"),
    ("eve", "B2*3 C3*5 A1*1"),
    ("fay", "D4*3"),
    ("gus", "A1*2 A1*2 A1*2"),
    ("hal", "C3*x"),
]


def parse_lines(text):
    lines = []
    for part in text.split(" "):
        fields = part.split("*")
        lines.append((fields[0], int(fields[1])))
    return lines


def main(argv):
    wh = Warehouse()
    wh.add("A1", "anvil", 4999, 8)
    wh.add("B2", "bucket", 350, 4)
    wh.add("C3", "cable", 125, 25)
    wh.add("D4", "dynamo", 18000, 5)
    for customer, text in ORDERS:
        try:
            total = wh.place_order(customer, parse_lines(text))
            print("%s paid %s" % (customer, cents(total)))
        except WarehouseError as e:
            print("%s failed: %s" % (customer, str(e)))
        except Rollback as e:
            print("%s rolled back: %s" % (customer, str(e)))
        except ValueError as e:
            print("%s bad order: %s" % (customer, str(e)))
    print("restocked", restock(wh, [("B2", 10), ("Q0", 1), ("C3", 4),
                                    ("A1", -2), ("D4", 1)]))
    print("--- stock")
    for sku in sorted(wh.items.keys()):
        item = wh.items[sku]
        value = cents(item.stock * item.price_cents)
        print(f"{sku} {item.name:<8} stock={item.stock:3d} "
              f"reserved={item.reserved} value={value:>9}")
    print("--- failures")
    for kind, count in wh.failures.items():
        print("%-8s %d" % (kind, count))
    print("--- log")
    for i, line in enumerate(wh.log):
        print("%02d %s" % (i + 1, line))
    print("revenue", cents(wh.revenue), "refund", cents(-wh.revenue // 7))
    return len(argv) - 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
