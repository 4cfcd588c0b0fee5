# bench: default=20 quick=1
"""An operating-system task scheduler simulation (the Richards workload): six tasks (idle,
worker, two packet handlers, two devices) pass packets through priority-ordered queues.

Usage: richards.py [ROUNDS] -- each round runs a fresh scheduler to completion.
"""

import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_PACKET, WORK_PACKET = 0, 1
BUFFER = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.buf = [0] * BUFFER


def enqueue(packet, queue):
    """Appends packet at the end of queue (a linked list); returns the new head."""
    packet.link = None
    if queue is None:
        return packet
    last = queue
    while last.link is not None:
        last = last.link
    last.link = packet
    return queue


class Task:
    def __init__(self, kernel, ident, priority, inbox):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.inbox = inbox
        self.has_packet = inbox is not None
        self.waiting = False
        self.held = False
        self.next = kernel.chain
        kernel.chain = self
        kernel.tasks[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.has_packet)

    def resume(self):
        packet = None
        if self.has_packet and self.waiting and not self.held:
            packet = self.inbox
            self.inbox = packet.link
            self.has_packet = self.inbox is not None
            self.waiting = False
        return self.step(packet)

    def deliver(self, packet, sender):
        """Puts packet in this task's inbox; returns the task that should run next."""
        if self.inbox is None:
            self.inbox = packet
            self.has_packet = True
            if self.priority > sender.priority:
                return self
        else:
            self.inbox = enqueue(packet, self.inbox)
        return sender


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, inbox, countdown):
        Task.__init__(self, kernel, ident, priority, inbox)
        self.seed = 1
        self.countdown = countdown

    def step(self, packet):
        k = self.kernel
        self.countdown -= 1
        if self.countdown == 0:
            return k.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return k.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return k.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, inbox):
        Task.__init__(self, kernel, ident, priority, inbox)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, packet):
        k = self.kernel
        if packet is None:
            return k.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.owner = self.target
        packet.datum = 0
        buf = packet.buf
        for i in range(BUFFER):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            buf[i] = self.letter
        return k.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, inbox):
        Task.__init__(self, kernel, ident, priority, inbox)
        self.jobs = None
        self.devices = None

    def step(self, packet):
        k = self.kernel
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.jobs = enqueue(packet, self.jobs)
            else:
                self.devices = enqueue(packet, self.devices)
        job = self.jobs
        if job is not None:
            pos = job.datum
            if pos < BUFFER:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.datum = job.buf[pos]
                    job.datum = pos + 1
                    return k.send(dev)
            else:
                self.jobs = job.link
                return k.send(job)
        return k.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority, inbox):
        Task.__init__(self, kernel, ident, priority, inbox)
        self.pending = None

    def step(self, packet):
        k = self.kernel
        if packet is None:
            if self.pending is None:
                return k.wait()
            out = self.pending
            self.pending = None
            return k.send(out)
        self.pending = packet
        k.output += packet.datum
        return k.hold()


class Kernel:
    def __init__(self):
        self.tasks = [None] * 6
        self.chain = None
        self.current = None
        self.sent = 0
        self.holds = 0
        self.output = 0

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.tasks[packet.owner]
        self.sent += 1
        packet.link = None
        packet.owner = self.current.ident
        return target.deliver(packet, self.current)

    def run(self):
        task = self.chain
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                self.current = task
                task = task.resume()


def simulate(countdown):
    k = Kernel()
    IdleTask(k, IDLE, 0, None, countdown)
    work = Packet(None, 0, WORK_PACKET)
    work = Packet(work, 0, WORK_PACKET)
    w = WorkerTask(k, WORKER, 1000, work)
    w.waiting = True
    for ident, device, prio in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        q = Packet(None, device, DEVICE_PACKET)
        q = Packet(q, device, DEVICE_PACKET)
        q = Packet(q, device, DEVICE_PACKET)
        h = HandlerTask(k, ident, prio, q)
        h.waiting = True
    for ident, prio in ((DEVICE_A, 4000), (DEVICE_B, 5000)):
        d = DeviceTask(k, ident, prio, None)
        d.waiting = True
    k.run()
    return k.sent, k.holds, k.output


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    total = [0, 0, 0]
    for r in range(rounds):
        sent, holds, output = simulate(10000 + r)
        total[0] += sent
        total[1] += holds
        total[2] += output
    print("richards", rounds, "packets sent", total[0], "holds", total[1], "output", total[2])


main()
