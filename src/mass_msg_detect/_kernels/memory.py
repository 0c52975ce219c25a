"""Unaligned loads and block copies on uint8 arrays (numba intrinsics).

numba compiles ``buf[i] | buf[i+1] << 8 | ...`` and a loop of 16 byte copies to one memory
access per byte (LLVM does not merge them here, since the arrays might overlap); these emit the
wide access directly. Indexes are not checked: callers keep them in bounds (with slack).
"""
import sys

import numba as nb
import numpy as np
from llvmlite import ir
from numba import types
from numba.extending import intrinsic

def _load(width):
    """codegen of an unaligned little-endian load of ``width`` bits at ``buf[idx]``."""
    def codegen(context, builder, signature, args):
        ary = context.make_array(signature.args[0])(context, builder, args[0])
        ptr = builder.bitcast(builder.gep(ary.data, [args[1]]), ir.IntType(width).as_pointer())
        return builder.load(ptr, align=1)

    return codegen


if sys.byteorder == "little":
    @intrinsic
    def load_u32(typingctx, arr, idx):
        """``buf[idx:idx+4]`` as a little-endian uint32 in one unaligned load."""
        return types.uint32(arr, idx), _load(32)

    @intrinsic
    def load_u64(typingctx, arr, idx):
        """``buf[idx:idx+8]`` as a little-endian uint64 in one unaligned load."""
        return types.uint64(arr, idx), _load(64)

    @intrinsic
    def store_u64(typingctx, arr, idx, val):
        """``buf[idx:idx+8] = val`` (uint64, little-endian) in one unaligned store."""
        sig = types.void(arr, idx, val)

        def codegen(context, builder, signature, args):
            ary = context.make_array(signature.args[0])(context, builder, args[0])
            ptr = builder.bitcast(builder.gep(ary.data, [args[1]]), ir.IntType(64).as_pointer())
            builder.store(context.cast(builder, args[2], signature.args[2], types.uint64), ptr, align=1)
            return context.get_dummy_value()

        return sig, codegen
else:  # pragma: no cover - big-endian hosts assemble the bytes
    @nb.njit(inline="always", cache=True)
    def load_u64(buf, i):
        w = np.uint64(0)
        for q in range(8):
            w |= np.uint64(buf[i + q]) << np.uint64(8 * q)
        return w

    @nb.njit(inline="always", cache=True)
    def store_u64(buf, i, val):
        for q in range(8):
            buf[i + q] = np.uint8((np.uint64(val) >> np.uint64(8 * q)) & np.uint64(0xFF))

    @nb.njit(inline="always", cache=True)
    def load_u32(buf, i):
        return np.uint32(np.uint32(buf[i]) | (np.uint32(buf[i + 1]) << np.uint32(8))
                         | (np.uint32(buf[i + 2]) << np.uint32(16)) | (np.uint32(buf[i + 3]) << np.uint32(24)))


@intrinsic
def copy16(typingctx, dst, d, src, s):
    """``dst[d:d+16] = src[s:s+16]``: one 16-byte load, then one 16-byte store (so ``dst`` and
    ``src`` must not overlap within those bytes)."""
    sig = types.void(dst, d, src, s)

    def codegen(context, builder, signature, args):
        vec = ir.VectorType(ir.IntType(8), 16).as_pointer()
        da = context.make_array(signature.args[0])(context, builder, args[0])
        sa = context.make_array(signature.args[2])(context, builder, args[2])
        v = builder.load(builder.bitcast(builder.gep(sa.data, [args[3]]), vec), align=1)
        builder.store(v, builder.bitcast(builder.gep(da.data, [args[1]]), vec), align=1)
        return context.get_dummy_value()

    return sig, codegen
