"""Heap queue (priority queue) algorithms on lists (pyvm's own implementation of the
documented behaviour of CPython's heapq module). Items are compared with `<` only, in the
same order as CPython's, so that ties resolve the same way."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _check(heap, name, which=" 1"):
    if not isinstance(heap, list):
        got = "None" if heap is None else type(heap).__name__
        raise TypeError(f"{name}() argument{which} must be list, not {got}")


# Moves heap[pos] towards the root (index `top`) past every larger parent.
def _sift_down(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


# Moves the hole at `pos` down to a leaf along the smaller children, puts heap[pos]'s old
# item there and sifts it back up (fewer comparisons than stopping early; CPython's order).
def _sift_up(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def heappush(heap, item, /):
    _check(heap, 'heappush')
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _check(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return item
    return last


def heapreplace(heap, item, /):
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    result = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return result


def heappushpop(heap, item, /):
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(heap, /):
    _check(heap, 'heapify', '')
    for i in reversed(range(len(heap) // 2)):
        _sift_up(heap, i)


# The max-heap variants used by nsmallest.
def _sift_down_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_up_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down_max(heap, start, pos)


def _heapify_max(heap):
    for i in reversed(range(len(heap) // 2)):
        _sift_up_max(heap, i)


def _heapreplace_max(heap, item):
    result = heap[0]
    heap[0] = item
    _sift_up_max(heap, 0)
    return result


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_up_max(heap, 0)
        return item
    return last


def merge(*iterables, key=None, reverse=False):
    """Merges sorted iterables into one sorted iterator (stable: ties keep input order)."""
    if reverse:
        heapify_, pop_, replace_, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        heapify_, pop_, replace_, sign = heapify, heappop, heapreplace, 1
    # Entries: [key, order, value, next]; order breaks ties by input position.
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        if key is None:
            heap.append([value, order * sign, nxt])
        else:
            heap.append([key(value), order * sign, value, nxt])
    heapify_(heap)
    if key is None:
        while len(heap) > 1:
            try:
                while True:
                    entry = heap[0]
                    value, _, nxt = entry
                    yield value
                    entry[0] = nxt()
                    replace_(heap, entry)
            except StopIteration:
                pop_(heap)
        if heap:
            value, _, nxt = heap[0]
            yield value
            yield from nxt.__self__
        return
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                _, _, value, nxt = entry
                yield value
                value = nxt()
                entry[0] = key(value)
                entry[2] = value
                replace_(heap, entry)
        except StopIteration:
            pop_(heap)
    if heap:
        _, _, value, nxt = heap[0]
        yield value
        yield from nxt.__self__


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        missing = object()
        result = min(it, default=missing) if key is None else min(it, default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if key is None:
        heap = [(elem, i) for i, elem in zip(range(n), it)]
        if not heap:
            return heap
        _heapify_max(heap)
        top = heap[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(heap, (elem, order))
                top = heap[0][0]
                order += 1
        heap.sort()
        return [elem for elem, _ in heap]
    heap = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not heap:
        return heap
    _heapify_max(heap)
    top = heap[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(heap, (k, order, elem))
            top = heap[0][0]
            order += 1
    heap.sort()
    return [elem for _, _, elem in heap]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        missing = object()
        result = max(it, default=missing) if key is None else max(it, default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if key is None:
        heap = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not heap:
            return heap
        heapify(heap)
        top = heap[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(heap, (elem, order))
                top = heap[0][0]
                order -= 1
        heap.sort(reverse=True)
        return [elem for elem, _ in heap]
    heap = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not heap:
        return heap
    heapify(heap)
    top = heap[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(heap, (k, order, elem))
            top = heap[0][0]
            order -= 1
    heap.sort(reverse=True)
    return [elem for _, _, elem in heap]
