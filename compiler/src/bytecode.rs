//! The bytecode: the one list of opcodes, the instruction encoding and the code object.
//!
//! Opcode names follow CPython 3.12/3.13 so that `pyvm --dis` reads like `dis`. Every opcode is
//! listed exactly once, in `for_each_opcode!`; the enum, the names used by `dis`, and both
//! interpreter cores are generated from that list, so no second list is kept by hand.
//!
//! Stack layout of calls (CPython 3.13's): `[callable, self_or_null, arg0 .. argN-1]`.
//! Jump arguments are absolute instruction indices.

use num_bigint::BigInt;
use std::fmt;
use std::rc::Rc;

/// Calls `$m!` with the whole opcode list: `(Variant, "NAME", has_arg)`.
///
/// Stack comments: `before -- after`.
#[macro_export]
macro_rules! for_each_opcode {
    ($m:ident) => {
        $m! {
            (Nop, "NOP", false),                       // --
            (PopTop, "POP_TOP", false),                // x --
            (PushNull, "PUSH_NULL", false),            // -- null
            (Copy, "COPY", true),                      // x(n) .. -- x(n) .. x(n)   (1 = top)
            (Swap, "SWAP", true),                      // swaps top with the n-th (2 = second)
            (LoadConst, "LOAD_CONST", true),           // -- consts[i]
            (LoadFast, "LOAD_FAST", true),             // -- locals[i] (UnboundLocalError if unset)
            (StoreFast, "STORE_FAST", true),           // x --
            (DeleteFast, "DELETE_FAST", true),         // --
            (LoadDeref, "LOAD_DEREF", true),           // -- cell[i].contents
            (StoreDeref, "STORE_DEREF", true),         // x --
            (DeleteDeref, "DELETE_DEREF", true),       // --
            (LoadClosure, "LOAD_CLOSURE", true),       // -- cell[i]
            (LoadClassDeref, "LOAD_CLASSDEREF", true), // -- locals-dict[name of cell i] or cell i
            (LoadGlobal, "LOAD_GLOBAL", true),         // -- global[names[i>>1]] (, null if i&1)
            (StoreGlobal, "STORE_GLOBAL", true),       // x --
            (DeleteGlobal, "DELETE_GLOBAL", true),     // --
            (LoadName, "LOAD_NAME", true),             // -- locals/globals/builtins[names[i]]
            (StoreName, "STORE_NAME", true),           // x --
            (DeleteName, "DELETE_NAME", true),         // --
            (LoadAttr, "LOAD_ATTR", true),             // o -- o.names[i>>1]   | i&1: o -- meth self|attr null
            (StoreAttr, "STORE_ATTR", true),           // v o --
            (DeleteAttr, "DELETE_ATTR", true),         // o --
            (BinaryOp, "BINARY_OP", true),             // a b -- a op b  (BinOp discriminant)
            (UnaryNegative, "UNARY_NEGATIVE", false),  // a -- -a
            (UnaryPositive, "UNARY_POSITIVE", false),  // a -- +a
            (UnaryInvert, "UNARY_INVERT", false),      // a -- ~a
            (UnaryNot, "UNARY_NOT", false),            // a -- not a
            (CompareOp, "COMPARE_OP", true),           // a b -- a cmp b (CmpOp discriminant)
            (IsOp, "IS_OP", true),                     // a b -- (a is b) ^ i
            (ContainsOp, "CONTAINS_OP", true),         // a b -- (a in b) ^ i
            (BinarySubscr, "BINARY_SUBSCR", false),    // o k -- o[k]
            (StoreSubscr, "STORE_SUBSCR", false),      // v o k --
            (DeleteSubscr, "DELETE_SUBSCR", false),    // o k --
            (BinarySlice, "BINARY_SLICE", false),      // o lo hi -- o[lo:hi]
            (StoreSlice, "STORE_SLICE", false),        // v o lo hi --
            (BuildSlice, "BUILD_SLICE", true),         // lo hi (step) -- slice   (i = 2 or 3)
            (BuildTuple, "BUILD_TUPLE", true),         // x*i -- tuple
            (BuildList, "BUILD_LIST", true),           // x*i -- list
            (BuildSet, "BUILD_SET", true),             // x*i -- set
            (BuildMap, "BUILD_MAP", true),             // (k v)*i -- dict
            (BuildString, "BUILD_STRING", true),       // s*i -- str
            (ListAppend, "LIST_APPEND", true),         // list (i-1 items) x -- list ..
            (SetAdd, "SET_ADD", true),                 // set (i-1 items) x -- set ..
            (MapAdd, "MAP_ADD", true),                 // dict (i-1 items) k v -- dict ..
            (ListExtend, "LIST_EXTEND", true),         // list (i-1 items) it -- list ..
            (SetUpdate, "SET_UPDATE", true),           // set (i-1 items) it -- set ..
            (DictUpdate, "DICT_UPDATE", true),         // dict (i-1 items) m -- dict ..
            (DictMerge, "DICT_MERGE", true),           // like DICT_UPDATE, duplicate keys are errors
            (ListToTuple, "LIST_TO_TUPLE", false),     // list -- tuple
            (UnpackSequence, "UNPACK_SEQUENCE", true), // seq -- x(i-1) .. x0  (x0 on top)
            (UnpackEx, "UNPACK_EX", true),             // seq -- after.. list before..  (i = before | after<<8)
            (FormatValue, "FORMAT_VALUE", true),       // x (spec if i&4) -- str; i&3: 0 none 1 str 2 repr 3 ascii
            (Jump, "JUMP", true),                      // -- (forward jump to i)
            (JumpBackward, "JUMP_BACKWARD", true),     // -- (backward jump to i; counts towards the budget)
            (PopJumpIfFalse, "POP_JUMP_IF_FALSE", true),
            (PopJumpIfTrue, "POP_JUMP_IF_TRUE", true),
            (PopJumpIfNone, "POP_JUMP_IF_NONE", true),
            (PopJumpIfNotNone, "POP_JUMP_IF_NOT_NONE", true),
            (JumpIfFalseOrPop, "JUMP_IF_FALSE_OR_POP", true),
            (JumpIfTrueOrPop, "JUMP_IF_TRUE_OR_POP", true),
            (GetIter, "GET_ITER", false),              // o -- iter(o)
            (ForIter, "FOR_ITER", true),               // it -- it next | (exhausted: pops it, jumps to i)
            (Call, "CALL", true),                      // f self|null args*i -- result
            (CallKw, "CALL_KW", true),                 // f self|null args*i names -- result
            (CallFunctionEx, "CALL_FUNCTION_EX", true),// f null argstuple (kwdict if i&1) -- result
            (MakeFunction, "MAKE_FUNCTION", true),     // (defaults)(kwdefaults)(annotations)(closure) code -- fn
            (ReturnValue, "RETURN_VALUE", false),      // x --
            (ReturnConst, "RETURN_CONST", true),       // --
            (YieldValue, "YIELD_VALUE", true),         // x -- sent   (i = 1: an async generator's own yield)
            (Send, "SEND", true),                      // sub v -- sub result | done: sub v -- value, jump i
            (GetYieldFromIter, "GET_YIELD_FROM_ITER", false),
            (GetAwaitable, "GET_AWAITABLE", true),     // o -- awaitable iterator (i: 1 after __aenter__, 2 after __aexit__)
            (GetAiter, "GET_AITER", false),            // o -- o.__aiter__()
            (GetAnext, "GET_ANEXT", false),            // aiter -- aiter awaitable(aiter.__anext__())
            (EndAsyncFor, "END_ASYNC_FOR", false),     // aiter exc --   (re-raises exc unless StopAsyncIteration)
            (BeforeAsyncWith, "BEFORE_ASYNC_WITH", false), // mgr -- aexit mgr.__aenter__()
            (RaiseVarargs, "RAISE_VARARGS", true),     // (exc (cause)) --
            (Reraise, "RERAISE", true),                // exc -- ; i>0: the frame's lasti is reset from the i-th value under exc
            (PushExcInfo, "PUSH_EXC_INFO", false),     // exc -- prev exc
            (PopExcept, "POP_EXCEPT", false),          // prev --
            (CheckExcMatch, "CHECK_EXC_MATCH", false), // exc type -- exc bool
            (LoadAssertionError, "LOAD_ASSERTION_ERROR", false),
            (LoadBuildClass, "LOAD_BUILD_CLASS", false),
            (BeforeWith, "BEFORE_WITH", false),        // mgr -- exit enter_result
            (WithExceptStart, "WITH_EXCEPT_START", false), // exit lasti prev exc -- exit lasti prev exc res
            (ImportName, "IMPORT_NAME", true),         // level fromlist -- module
            (ImportFrom, "IMPORT_FROM", true),         // module -- module attr
            (ImportStar, "IMPORT_STAR", false),        // module --
            (SetupAnnotations, "SETUP_ANNOTATIONS", false),
            (PrintExpr, "PRINT_EXPR", false),          // x --   (sys.displayhook(x))
            (GetLen, "GET_LEN", false),                // o -- o len(o)
            (MatchMapping, "MATCH_MAPPING", false),    // s -- s bool (s's type is a mapping for patterns)
            (MatchSequence, "MATCH_SEQUENCE", false),  // s -- s bool (s's type is a sequence for patterns)
            (MatchKeys, "MATCH_KEYS", false),          // s keys -- s keys values|None
            (MatchClass, "MATCH_CLASS", true),         // s cls names -- attrs|None  (i positional sub-patterns)
            (CheckEgMatch, "CHECK_EG_MATCH", false),   // exc type -- rest match | exc None
            (CallIntrinsic2, "CALL_INTRINSIC_2", true),// a b -- f_i(a, b)  (1: PREP_RERAISE_STAR)
        }
    };
}

macro_rules! define_opcodes {
    ($(($variant:ident, $name:literal, $has_arg:literal)),* $(,)?) => {
        /// One opcode. Generated from `for_each_opcode!`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode { $($variant),* }

        impl Opcode {
            /// Every opcode, indexed by its discriminant.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant),*];
            /// The number of opcodes.
            pub const COUNT: usize = Self::ALL.len();

            /// CPython-style name, for `dis`.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$variant => $name),* }
            }

            /// Whether the argument means something (for `dis`).
            pub fn has_arg(self) -> bool {
                match self { $(Opcode::$variant => $has_arg),* }
            }

            /// The opcode with this discriminant, if any.
            #[inline]
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                Self::ALL.get(byte as usize).copied()
            }
        }
    };
}
for_each_opcode!(define_opcodes);

/// Binary operators, the argument of BINARY_OP (CPython's NB_* order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    And,
    FloorDivide,
    Lshift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    Rshift,
    Subtract,
    TrueDivide,
    Xor,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDivide,
        BinOp::Lshift,
        BinOp::MatrixMultiply,
        BinOp::Multiply,
        BinOp::Remainder,
        BinOp::Or,
        BinOp::Power,
        BinOp::Rshift,
        BinOp::Subtract,
        BinOp::TrueDivide,
        BinOp::Xor,
    ];
    /// Offset added to the argument for the in-place form (`+=`).
    pub const INPLACE: u32 = 13;

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDivide => "//",
            BinOp::Lshift => "<<",
            BinOp::MatrixMultiply => "@",
            BinOp::Multiply => "*",
            BinOp::Remainder => "%",
            BinOp::Or => "|",
            BinOp::Power => "**",
            BinOp::Rshift => ">>",
            BinOp::Subtract => "-",
            BinOp::TrueDivide => "/",
            BinOp::Xor => "^",
        }
    }

    /// Decodes a BINARY_OP argument into the operator and whether it is in-place.
    #[inline]
    pub fn decode(arg: u32) -> Option<(BinOp, bool)> {
        let inplace = arg >= Self::INPLACE;
        let idx = if inplace { arg - Self::INPLACE } else { arg };
        Self::ALL.get(idx as usize).map(|op| (*op, inplace))
    }
}

/// Comparison operators, the argument of COMPARE_OP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub const ALL: [CmpOp; 6] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
    ];
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// The operator with swapped operands (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    #[inline]
    pub fn from_arg(arg: u32) -> Option<CmpOp> {
        Self::ALL.get(arg as usize).copied()
    }
}

/// CALL_INTRINSIC_2 arguments (CPython 3.12's numbering).
pub mod intrinsic2 {
    /// `orig raised_list -- exc|None`: what an `except*` statement re-raises.
    pub const PREP_RERAISE_STAR: u32 = 1;
}

/// MAKE_FUNCTION flags: which extra values sit below the code object.
pub mod make_function {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    /// A tuple of (name, value) pairs, flattened, as CPython 3.11's.
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

/// One instruction: opcode in the low 8 bits, argument in the high 24.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct Instr(pub u32);

impl Instr {
    pub const MAX_ARG: u32 = (1 << 24) - 1;

    #[inline]
    pub fn new(op: Opcode, arg: u32) -> Instr {
        debug_assert!(arg <= Self::MAX_ARG);
        Instr((op as u32) | (arg << 8))
    }
    #[inline(always)]
    pub fn op_byte(self) -> u8 {
        self.0 as u8
    }
    #[inline]
    pub fn opcode(self) -> Opcode {
        // Instructions are only built through `new`, so the byte is always a valid opcode.
        Opcode::from_u8(self.op_byte()).unwrap_or(Opcode::Nop)
    }
    #[inline(always)]
    pub fn arg(self) -> u32 {
        self.0 >> 8
    }
}

impl fmt::Debug for Instr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.opcode().name(), self.arg())
    }
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    /// The items of a frozenset constant (set displays of constants, as CPython builds them).
    FrozenSet(Rc<[Constant]>),
    Ellipsis,
    Code(Rc<CodeObject>),
}

impl Constant {
    /// Identity used to share equal constants within one code object. Floats compare by bits so
    /// that 0.0 and -0.0 stay distinct, and ints never merge with floats or bools.
    pub fn same_as(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
            (Constant::Bool(a), Constant::Bool(b)) => a == b,
            (Constant::Int(a), Constant::Int(b)) => a == b,
            (Constant::BigInt(a), Constant::BigInt(b)) => a == b,
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex(a, b), Constant::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Constant::Str(a), Constant::Str(b)) => a == b,
            (Constant::Bytes(a), Constant::Bytes(b)) => a == b,
            (Constant::Tuple(a), Constant::Tuple(b))
            | (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_as(y))
            }
            (Constant::Code(a), Constant::Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// One entry of the exception table: an exception raised by an instruction in `start..end`
/// unwinds the value stack to `depth`, pushes the offending instruction's index if `push_lasti`,
/// then the exception, and continues at `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// Code object flags (CPython's values).
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    /// An `async def` without `yield`: calling it makes a coroutine.
    pub const COROUTINE: u32 = 0x80;
    /// A generator function that `await` accepts (types.coroutine).
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// An `async def` with `yield`: calling it makes an async generator.
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Calling the function makes a generator, coroutine or async generator object instead of
    /// running its body.
    pub const SUSPENDABLE: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
}

/// A compiled function body, module or class body.
#[derive(Clone, Debug)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub flags: u32,
    pub arg_count: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    /// Local variable names; arguments first (positional, kw-only, *args, **kwargs).
    pub varnames: Vec<Rc<str>>,
    /// Cell variables (locals captured by inner scopes) followed by free variables.
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable that is also an argument: (cell index, argument index).
    pub cell_args: Vec<(u32, u32)>,
    pub names: Vec<Rc<str>>,
    pub constants: Vec<Constant>,
    pub instructions: Vec<Instr>,
    /// Source line of each instruction (same length as `instructions`).
    pub lines: Vec<u32>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Maximum depth of the evaluation stack, computed by the compiler.
    pub max_stack: u32,
    pub docstring: Option<Rc<str>>,
}

impl CodeObject {
    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }
    /// A generator, coroutine or async generator body (see `code_flags::SUSPENDABLE`).
    pub fn is_suspendable(&self) -> bool {
        self.flags & code_flags::SUSPENDABLE != 0
    }
    /// Number of slots in a frame: locals, then cells and free variables.
    pub fn n_locals_plus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
    /// The handler for an exception raised at instruction `ip`, if any.
    pub fn find_handler(&self, ip: u32) -> Option<&ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
    }
    /// Source line of the instruction at `ip`.
    pub fn line_of(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.first_line)
    }
}

/// Stack effect of an instruction; `jump` selects the effect along the jump edge.
/// Used by the compiler to compute `max_stack` and handler depths, and to verify code.
pub fn stack_effect(op: Opcode, arg: u32, jump: bool) -> i32 {
    use Opcode::*;
    let a = arg as i32;
    match op {
        Nop | Jump | JumpBackward | SetupAnnotations => 0,
        PopTop | PrintExpr => -1,
        PushNull | Copy | LoadConst | LoadFast | LoadDeref | LoadClosure | LoadClassDeref
        | LoadName | LoadAssertionError | LoadBuildClass => 1,
        Swap => 0,
        StoreFast | StoreDeref | StoreGlobal | StoreName => -1,
        DeleteFast | DeleteDeref | DeleteGlobal | DeleteName => 0,
        LoadGlobal => 1 + (a & 1),
        LoadAttr => a & 1,
        StoreAttr => -2,
        DeleteAttr => -1,
        BinaryOp | CompareOp | IsOp | ContainsOp | BinarySubscr => -1,
        UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot => 0,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BinarySlice => -2,
        StoreSlice => -4,
        BuildSlice => 1 - a,
        BuildTuple | BuildList | BuildSet | BuildString => 1 - a,
        BuildMap => 1 - 2 * a,
        ListAppend | SetAdd | ListExtend | SetUpdate | DictUpdate | DictMerge => -1,
        MapAdd => -2,
        ListToTuple => 0,
        UnpackSequence => a - 1,
        UnpackEx => (a & 0xff) + (a >> 8),
        FormatValue => {
            if a & 4 != 0 {
                -1
            } else {
                0
            }
        }
        PopJumpIfFalse | PopJumpIfTrue | PopJumpIfNone | PopJumpIfNotNone => -1,
        JumpIfFalseOrPop | JumpIfTrueOrPop => {
            if jump {
                0
            } else {
                -1
            }
        }
        GetIter => 0,
        ForIter => {
            if jump {
                -1
            } else {
                1
            }
        }
        Call => -1 - a,
        CallKw => -2 - a,
        CallFunctionEx => -2 - (a & 1),
        MakeFunction => {
            -((arg & make_function::DEFAULTS != 0) as i32)
                - ((arg & make_function::KWDEFAULTS != 0) as i32)
                - ((arg & make_function::ANNOTATIONS != 0) as i32)
                - ((arg & make_function::CLOSURE != 0) as i32)
        }
        ReturnValue => -1,
        ReturnConst => 0,
        YieldValue => 0,
        Send => {
            if jump {
                -1
            } else {
                0
            }
        }
        GetYieldFromIter => 0,
        GetAwaitable | GetAiter => 0,
        GetAnext => 1,
        EndAsyncFor => -2,
        BeforeAsyncWith => 1,
        RaiseVarargs => -a,
        Reraise => -1,
        PushExcInfo => 1,
        PopExcept => -1,
        CheckExcMatch => 0,
        BeforeWith => 1,
        WithExceptStart => 1,
        ImportName => -1,
        ImportFrom => 1,
        ImportStar => -1,
        GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
        MatchClass => -2,
        CheckEgMatch => 0,
        CallIntrinsic2 => -1,
    }
}

/// Whether control never falls through to the next instruction.
pub fn is_terminal(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::Jump
            | Opcode::JumpBackward
            | Opcode::ReturnValue
            | Opcode::ReturnConst
            | Opcode::RaiseVarargs
            | Opcode::Reraise
    )
}

/// Whether the argument is a jump target.
pub fn is_jump(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::Jump
            | Opcode::JumpBackward
            | Opcode::PopJumpIfFalse
            | Opcode::PopJumpIfTrue
            | Opcode::PopJumpIfNone
            | Opcode::PopJumpIfNotNone
            | Opcode::JumpIfFalseOrPop
            | Opcode::JumpIfTrueOrPop
            | Opcode::ForIter
            | Opcode::Send
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_table_is_consistent() {
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Opcode::from_u8(i as u8), Some(*op));
        }
        const { assert!(Opcode::COUNT < 256) };
        assert_eq!(Opcode::from_u8(Opcode::COUNT as u8), None);
        let mut names: Vec<_> = Opcode::ALL.iter().map(|o| o.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Opcode::COUNT);
    }

    #[test]
    fn instr_encoding_round_trips() {
        let i = Instr::new(Opcode::LoadConst, Instr::MAX_ARG);
        assert_eq!(i.opcode(), Opcode::LoadConst);
        assert_eq!(i.arg(), Instr::MAX_ARG);
        let j = Instr::new(Opcode::SetupAnnotations, 0);
        assert_eq!(j.opcode(), Opcode::SetupAnnotations);
    }

    #[test]
    fn binop_decode() {
        assert_eq!(BinOp::decode(0), Some((BinOp::Add, false)));
        assert_eq!(BinOp::decode(13), Some((BinOp::Add, true)));
        assert_eq!(BinOp::decode(25), Some((BinOp::Xor, true)));
        assert_eq!(BinOp::decode(26), None);
    }
}
