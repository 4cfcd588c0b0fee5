//! The VM's side of the cycle collector: running collections at safe points, the Python code
//! they involve (weak reference callbacks, finalizers, `gc.callbacks`) and its errors.

use crate::heap::gc::GENERATIONS;
use crate::heap::Object;
use crate::objects::function::Args;
use crate::objects::generator::GenStatus;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Calls the callbacks of weak references whose referents died since the last safe point.
    /// Errors are reported as CPython reports them ("Exception ignored in").
    pub fn run_weak_callbacks(&mut self) {
        loop {
            let queued = std::mem::take(&mut *self.heap.weak_callbacks.borrow_mut());
            if queued.is_empty() {
                return;
            }
            for (wr, cb) in queued {
                self.call_weak_callback(&wr, &cb);
            }
        }
    }

    fn call_weak_callback(&mut self, wr: &Value, cb: &Value) {
        if let Err(e) = self.call(cb, Args::new([wr.clone()])) {
            self.report_ignored(cb, &e);
        }
    }

    /// Collects the oldest generation whose count passed its threshold (CPython's choice).
    pub fn collect_due_generation(&mut self) {
        self.heap.collect_requested.set(false);
        if !self.heap.enabled.get() {
            return;
        }
        let due = (0..GENERATIONS).rev().find(|&g| {
            self.heap.counts[g].get() > self.heap.thresholds[g].get()
                && (g < GENERATIONS - 1 || self.heap.full_collection_due())
        });
        if let Some(g) = due {
            self.collect_garbage(g);
        }
    }

    /// Collects generations 0..=`generation`: returns the number of unreachable objects found
    /// (CPython's `gc.collect()` result).
    pub fn collect_garbage(&mut self, generation: usize) -> usize {
        self.run_gc_callbacks("start", generation, 0, 0);
        let Some((garbage, weak_callbacks)) = self.heap.find_garbage(generation) else {
            return 0;
        };
        for (wr, cb) in weak_callbacks {
            self.call_weak_callback(&wr, &cb);
        }
        // PEP 442: each finalizer runs once, before anything in the garbage is cleared.
        for obj in &garbage.objects {
            match obj.view() {
                Object::Instance(i) if !obj.is_finalized() => {
                    obj.set_finalized(true);
                    let class = i.class();
                    if let Some(del) = self.class_lookup_str(&class, "__del__") {
                        let me = Value::Obj(obj.clone());
                        if let Err(e) = self.call_method_value(&del, &me, vec![]) {
                            self.report_ignored(&del, &e);
                        }
                    }
                }
                Object::Generator(g)
                    if g.status.get() == GenStatus::Suspended && !obj.is_finalized() =>
                {
                    obj.set_finalized(true);
                    let gen = Value::Obj(obj.clone());
                    let _ = crate::objects::misc_types::generator_close(self, Args::new([gen]));
                }
                _ => {}
            }
        }
        let done = self.heap.finish_garbage(garbage);
        self.maybe_finalize();
        let gen = generation.min(GENERATIONS - 1);
        let mut stats = self.heap.stats[gen].get();
        stats.collections += 1;
        stats.collected += done.unreachable;
        stats.uncollectable += done.uncollectable;
        self.heap.stats[gen].set(stats);
        self.run_gc_callbacks("stop", generation, done.unreachable, done.uncollectable);
        done.unreachable
    }

    /// Calls each of `gc.callbacks` with (phase, info), as CPython does.
    fn run_gc_callbacks(
        &mut self,
        phase: &str,
        generation: usize,
        collected: usize,
        uncollectable: usize,
    ) {
        let callbacks = match self.gc_callbacks.as_list() {
            Some(l) => l.get(),
            None => return,
        };
        if callbacks.is_empty() {
            return;
        }
        let info = self.new_dict();
        for (k, v) in [
            ("generation", generation),
            ("collected", collected),
            ("uncollectable", uncollectable),
        ] {
            let key = self.new_str(k);
            let _ = self.dict_set(&info, key, Value::Int(v as i64));
        }
        let phase = self.new_str(phase);
        for cb in callbacks {
            if let Err(e) = self.call(&cb, Args::new([phase.clone(), info.clone()])) {
                self.report_ignored(&cb, &e);
            }
        }
    }
}
