// The table of CPU ISAs the fused window-attention kernels are built for: one entry per
// file csrc/cpu/isa/<name>.cpp, each compiling its own copy of the kernels under its own
// `#pragma GCC target` (setup.py builds with no -march flag, so the library loads and runs
// on any CPU of its architecture). window_attention.cpp runs the first entry this CPU
// supports, or the one TPS_CPU_ISA names. No torch header here (see attn_args.h).
#pragma once
#include "../attn_args.h"

namespace tps {
namespace cpu {

struct Isa {
  const char* name;     // TPS_CPU_ISA value
  const char* needs;    // CPU features, for the error when forced on a CPU without them
  bool (*supported)();  // this CPU runs it (false on other architectures)
  const KernelSet& (*kernels)();
};

extern const Isa kIsaAvx512Bf16, kIsaAvx512, kIsaAvx2, kIsaGeneric;
#if TPS_WITH_AVX512_EMULATION
extern const Isa kIsaAvx512Bf16Emulated, kIsaAvx512Emulated;  // test builds: avx512_emulated.cpp
#endif

// Best first. The emulated sets come after generic, which every CPU runs: only TPS_CPU_ISA
// selects them.
// clang-format off
inline const Isa* const kIsas[] = {&kIsaAvx512Bf16, &kIsaAvx512, &kIsaAvx2, &kIsaGeneric,
#if TPS_WITH_AVX512_EMULATION
                                   &kIsaAvx512Bf16Emulated, &kIsaAvx512Emulated,
#endif
};
// clang-format on

// The kernels of the first ISA above this CPU runs, or of the one TPS_CPU_ISA names
// (window_attention.cpp).
const KernelSet& select_kernels();

}  // namespace cpu
}  // namespace tps
