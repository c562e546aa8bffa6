// Top of every csrc/cpu/isa/<name>.cpp: what a copy of the kernels needs (no torch header).
#pragma once
#include <stddef.h>
#include <stdint.h>

#include "../attn_args.h"
#include "isa.h"
#include "tps/index.h"

#ifndef TPS_CORE_AVX512
#define TPS_CORE_AVX512 0  // 1: attn_core.h may use AVX-512 intrinsics
#endif

#pragma GCC diagnostic ignored "-Wpsabi"
// GCC 12's AVX-512 intrinsics start from _mm512_undefined_*(), which -Wall reports as
// "'__Y' is used uninitialized" once inlined (GCC bug 105593, fixed in GCC 13).
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
// -std=c++20 (ISO) turns FMA contraction off; the GEMM and exp loops want fused multiply-add.
#pragma GCC optimize("fp-contract=fast")

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define TPS_X86_GCC 1  // the x86 ISA files compile their kernels (GCC target pragmas)
#include <immintrin.h>
#else
#define TPS_X86_GCC 0
#endif
