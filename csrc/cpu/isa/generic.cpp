// Baseline kernels: the architecture's base ISA (SSE2 on x86-64, NEON on AArch64), GCC
// vector types of 16 bytes. Every CPU runs them.
#include "kernel_unit.h"

#define TPS_VEC_BYTES 16
#define TPS_VEC_REGS 16

namespace tps {
namespace cpu {
namespace isa_generic {
#include "../attn_core.h"

static bool supported() { return true; }
static const KernelSet& kernels() { return make_kernel_set("generic"); }
}  // namespace isa_generic

const Isa kIsaGeneric = {"generic", "nothing", &isa_generic::supported, &isa_generic::kernels};

}  // namespace cpu
}  // namespace tps
