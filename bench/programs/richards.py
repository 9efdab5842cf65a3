# Richards: an operating-system simulation, the classic benchmark of
# object-oriented dispatch. A scheduler walks a linked list of task
# control blocks; tasks form a class hierarchy overriding run(); packets
# queue on linked lists; task states are bit flags; a trace is kept.
# With an argument (the benchmark): one run idling that many times, and
# the counts. Without one (test/integration/richards.test): three runs and
# every task's state.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 0, 1, 2, 3, 4, 5
KIND_DEVICE, KIND_WORK, BUFSIZE = 0, 1, 4
PACKET_PENDING, TASK_WAITING, TASK_HOLDING = 1, 2, 4
WAITING_WITH_PACKET = TASK_WAITING | PACKET_PENDING
NAMES = ["idle", "worker", "handler", "handler", "device", "device"]


def flags(state):
    text = "H" if state & TASK_HOLDING else "-"
    text += "W" if state & TASK_WAITING else "-"
    return text + ("P" if state & PACKET_PENDING else "-")


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Scheduler(object):
    def __init__(self):
        self.tasks = {}  # by ident ([None] * 6 fails in rpy)
        self.list = None
        self.queue_count = 0
        self.hold_count = 0
        self.trace = []

    def add(self, task):
        self.tasks[task.ident] = task
        task.next = self.list
        self.list = task

    def find(self, ident):
        if ident not in self.tasks:
            raise ValueError("no task %d" % ident)
        return self.tasks[ident]

    def schedule(self):
        self.current = self.list
        while self.current is not None:
            task = self.current
            if task.is_held_or_waiting():
                self.current = task.next
            else:
                if len(self.trace) < 60:
                    self.trace.append(task.ident)
                self.current = task.step(self)

    def release(self, ident):
        task = self.find(ident)
        task.state &= ~TASK_HOLDING
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.state |= TASK_HOLDING
        return self.current.next

    def wait_current(self):
        self.current.state |= TASK_WAITING
        return self.current

    def queue(self, packet):
        task = self.find(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return task.add_packet(packet, self.current)


class Task(object):
    def __init__(self, ident, priority, queue, state):
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.next = None
        self.runs = 0

    def is_held_or_waiting(self):
        held = self.state & TASK_HOLDING != 0
        return held or self.state == TASK_WAITING

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.state |= PACKET_PENDING
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def step(self, sched):
        packet = None
        if self.state == WAITING_WITH_PACKET:
            packet = self.queue
            self.queue = packet.link
            self.state = PACKET_PENDING if self.queue is not None else 0
        self.runs += 1
        return self.run(sched, packet)

    def run(self, sched, packet):
        raise NotImplementedError("run")


class IdleTask(Task):
    def __init__(self, ident, count):
        Task.__init__(self, ident, 0, None, 0)
        self.control = 1
        self.count = count

    def run(self, sched, packet):
        self.count -= 1
        if self.count == 0:
            return sched.hold_current()
        if self.control & 1 == 0:
            self.control = self.control >> 1
            return sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, ident, priority, queue):
        Task.__init__(self, ident, priority, queue, WAITING_WITH_PACKET)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, sched, packet):
        if packet is None:
            return sched.wait_current()
        self.destination = HANDLER_A + HANDLER_B - self.destination
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return sched.queue(packet)


class HandlerTask(Task):
    def __init__(self, ident, priority, queue):
        Task.__init__(self, ident, priority, queue, WAITING_WITH_PACKET)
        self.work = None
        self.device = None

    def run(self, sched, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.device = packet.append_to(self.device)
        work = self.work
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                device = self.device
                if device is not None:
                    self.device = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return sched.queue(device)
            else:
                self.work = work.link
                return sched.queue(work)
        return sched.wait_current()


class DeviceTask(Task):
    def __init__(self, ident, priority):
        Task.__init__(self, ident, priority, None, TASK_WAITING)
        self.pending = None
        self.output = []

    def run(self, sched, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return sched.wait_current()
            self.pending = None
            return sched.queue(pending)
        self.pending = packet
        self.output.append(chr(packet.datum))
        return sched.hold_current()


def run_benchmark(count):
    sched = Scheduler()
    sched.add(IdleTask(IDLE, count))
    work = Packet(Packet(None, WORKER, KIND_WORK), WORKER, KIND_WORK)
    sched.add(WorkerTask(WORKER, 1000, work))
    for ident, prio in [(HANDLER_A, 2000), (HANDLER_B, 3000)]:
        packets = None
        for i in range(3):
            packets = Packet(packets, ident + 2, KIND_DEVICE)
        sched.add(HandlerTask(ident, prio, packets))
    sched.add(DeviceTask(DEVICE_A, 4000))
    sched.add(DeviceTask(DEVICE_B, 5000))
    sched.schedule()
    return sched


def main(argv):
    if len(argv) > 1:
        sched = run_benchmark(int(argv[1]))
        print("queued=%d held=%d" % (sched.queue_count, sched.hold_count))
        return 0
    for count in [10, 100, 1000]:
        sched = run_benchmark(count)
        print("count=%d queued=%d held=%d" % (count, sched.queue_count,
                                              sched.hold_count))
        task = sched.list
        while task is not None:
            out = ""
            if isinstance(task, DeviceTask):
                out = " out=" + "".join(task.output[:12])
            print(f"  {NAMES[task.ident]:<8}#{task.ident} "
                  f"prio={task.priority:5d} runs={task.runs:5d} "
                  f"state={flags(task.state)}{out}")
            task = task.next
        print("  trace:", "".join([str(i) for i in sched.trace]))
    try:
        Scheduler().find(3)
    except ValueError as e:
        print("error:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
