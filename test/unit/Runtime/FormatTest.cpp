//===- FormatTest.cpp - Tests of number formatting and parsing ------------===//
//
// The expected values of the tables were printed by CPython 3.11 (floats
// are given in C's hexadecimal notation, exact).
//
//===----------------------------------------------------------------------===//

#include "test/unit/Runtime/TestTypes.h"

#include "gtest/gtest.h"

#include <cmath>
#include <cstring>
#include <string_view>

using namespace std::literals;

namespace {

struct FloatReprCase {
  double value;
  std::string_view repr;
};
struct IntCase {
  int64_t value;
  std::string_view str, hex, oct, bin;
};
struct FormatIntCase {
  int64_t value;
  char conv;
  int64_t flags, width, prec;
  std::string_view result;
};
struct FormatFloatCase {
  double value;
  char conv;
  int64_t flags, width, prec;
  std::string_view result;
};
struct FormatStrCase {
  std::string_view value;
  char conv;
  int64_t flags, width, prec;
  std::string_view result;
};
struct ParseIntCase {
  std::string_view text;
  int64_t base, status, value;
};
struct ParseFloatCase {
  std::string_view text;
  int64_t status;
  double value;
};
struct FloatHashCase {
  double value;
  int64_t hash;
};

// clang-format off
const FloatReprCase kFloatRepr[] = {
    {0x0.0p+0, "0.0"sv},
    {-0x0.0p+0, "-0.0"sv},
    {0x1.0000000000000p+0, "1.0"sv},
    {-0x1.0000000000000p+0, "-1.0"sv},
    {0x1.999999999999ap-4, "0.1"sv},
    {0x1.999999999999ap-3, "0.2"sv},
    {0x1.3333333333333p-2, "0.3"sv},
    {0x1.3333333333334p-2, "0.30000000000000004"sv},
    {0x1.5555555555555p-2, "0.3333333333333333"sv},
    {0x1.5555555555555p-1, "0.6666666666666666"sv},
    {0x1.1c37937e08000p+53, "1e+16"sv},
    {0x1.c6bf526340000p+49, "1000000000000000.0"sv},
    {0x1.6345785d8a000p+56, "1e+17"sv},
    {0x1.c12218377de40p+46, "123456789012345.0"sv},
    {0x1.18b54f22aeb00p+50, "1234567890123456.0"sv},
    {0x1.5ee2a2eb5a5c4p+53, "1.2345678901234568e+16"sv},
    {0x1.0f0cf064dd592p+73, "1e+22"sv},
    {0x1.52d02c7e14af6p+76, "1e+23"sv},
    {0x1.f75104d551d69p-17, "1.5e-05"sv},
    {0x1.a36e2eb1c432dp-14, "0.0001"sv},
    {0x1.4f8b588e368f1p-17, "1e-05"sv},
    {0x1.a36e2eb1c432dp-14, "0.0001"sv},
    {0x1.02e4b6ce5dc68p-13, "0.00012345"sv},
    {0x1.ad7f29abcaf48p-24, "1e-07"sv},
    {0x0.0000000000001p-1022, "5e-324"sv},
    {0x1.0000000000000p-1022, "2.2250738585072014e-308"sv},
    {0x1.fffffffffffffp+1023, "1.7976931348623157e+308"sv},
    {0x1.921fb54442d18p+1, "3.141592653589793"sv},
    {0x1.5bf0a8b145769p+1, "2.718281828459045"sv},
    {0x1.9000000000000p+6, "100.0"sv},
    {0x1.249ad2594c37dp+332, "1e+100"sv},
    {0x1.0000000000000p+53, "9007199254740992.0"sv},
    {0x1.0000000000000p+53, "9007199254740992.0"sv},
    {0x0.0000000000003p-1022, "1.5e-323"sv},
    {0x1.0000000000000p-1, "0.5"sv},
    {0x1.8000000000000p+0, "1.5"sv},
    {0x1.4000000000000p+1, "2.5"sv},
    {0x1.edd2f1a9fbe77p+6, "123.456"sv},
    {-0x1.edd2f1a9fbe77p+6, "-123.456"sv},
    {0x1.56e1fc2f8f359p-997, "1e-300"sv},
    {0x1.1666666666666p+2, "4.35"sv},
    {0x1.1eb851eb851ecp-4, "0.07"sv},
    {INFINITY, "inf"sv},
    {-INFINITY, "-inf"sv},
    {NAN, "nan"sv},
    {0x1.0000000000000p+63, "9.223372036854776e+18"sv},
    {0x1.0000000000000p+64, "1.8446744073709552e+19"sv},
    {0x1.1ccf385ebc8a0p+1023, "1e+308"sv},
    {0x1.52d02c7e14af6p+76, "1e+23"sv},
    {0x1.0000000000001p+0, "1.0000000000000002"sv},
    {0x1.3333333333334p-2, "0.30000000000000004"sv},
    {0x0.05c0ab9347ed7p-1022, "5e-310"sv},
    {0x1.b1ae4d6e2ef50p+69, "1e+21"sv},
    {0x1.0c6f7a0b5ed8dp-20, "1e-06"sv},
    {0x1.27476ca61b882p-20, "1.1e-06"sv},
    {-0x1.74de452e6b438p+811, "-1.989032661366619e+244"sv},
    {0x1.3270e269e0d37p+594, "7.761117632285041e+178"sv},
    {0x1.c7fd0a6a3a450p-826, "3.980498358697587e-249"sv},
    {-0x1.f0824128b2f33p+292, "-1.5432835417340557e+88"sv},
    {0x1.8e811892f902bp-638, "1.3647584518757569e-192"sv},
    {-0x1.1985d5d9dc9f8p-684, "-1.3701135617873088e-206"sv},
    {-0x1.25d940ed90475p+655, "-1.7160537630466207e+197"sv},
    {0x1.675cc81e74ef5p-144, "6.294675241195386e-44"sv},
    {0x1.0a35a099950d8p-671, "1.0613447212142254e-202"sv},
    {0x1.d549b6f03675ap+689, "4.708325160387546e+207"sv},
    {0x1.c172411e20b8fp-38, "6.387016158513563e-12"sv},
    {-0x1.16ece1738f7d9p-814, "-9.973130378568733e-246"sv},
    {0x1.1ddb66cad4a26p-781, "8.779753225680271e-236"sv},
    {-0x1.192cfd3ac94afp-755, "-5.795503248498993e-228"sv},
    {-0x1.c105d1fb17c23p+809, "-5.988180159386011e+243"sv},
    {-0x1.0b33839263059p-488, "-1.306052388527796e-147"sv},
    {-0x1.f48f1a09f76b5p-684, "-2.436117699484841e-206"sv},
    {0x1.630f1f29d0da9p-770, "2.233386999150174e-232"sv},
    {-0x1.60af593bd04cfp-673, "-3.51527970626667e-203"sv},
    {0x1.1e29c658cda14p-820, "1.5987381841032883e-247"sv},
    {0x1.8d190f9ebdaccp-118, "4.6678633181812096e-36"sv},
    {-0x1.1973e0becd7b0p-791, "-8.441872792105456e-239"sv},
    {0x1.7beaddbc496cbp-478, "1.9015657400796622e-144"sv},
    {0x1.cb2424a23d596p+693, "7.370437700706684e+208"sv},
    {-0x1.a63ec24ede6a4p-857, "-1.7163996725272777e-258"sv},
    {-0x1.766581e27a1c0p-733, "-3.2367190832119987e-221"sv},
    {-0x1.d05584ef8aa38p-777, "-2.2818334634712625e-234"sv},
    {-0x1.7ba94d0eda82fp-278, "-3.0536383926309363e-84"sv},
    {0x1.1dbe22e44158bp-601, "1.3449551894627777e-181"sv},
    {-0x1.a736994e3bf91p-732, "-7.317495976062606e-221"sv},
    {0x1.850c5a38fd547p-254, "5.249822308814304e-77"sv},
    {0x1.135d25f557203p-624, "1.5450754142984396e-188"sv},
    {-0x1.ce4228c38fb29p-155, "-3.953625698224792e-47"sv},
    {-0x1.a70c31012f037p-760, "-2.72491267476498e-229"sv},
    {-0x1.769b10f4205b4p-536, "-6.505141861548772e-162"sv},
    {0x1.5052434b9b5dfp+1010, "1.441484839555994e+304"sv},
    {-0x1.ed162ae2eb154p-894, "-1.4583679262758548e-269"sv},
    {-0x1.877186d76b07ep+112, "-7.939416668807721e+33"sv},
    {0x1.1af10506bf2efp+884, "1.4255183989699612e+266"sv},
    {-0x1.6a78795e761d1p+711, "-1.525315701232403e+214"sv},
    {0x1.0a9587403e430p+458, "7.750545741548908e+137"sv},
    {0x1.8e2774cbd87adp-6, "0.024301399287089676"sv},
    {0x1.5319acb5c7427p-287, "5.326960081783017e-87"sv},
    {-0x1.2ea20b2f14c94p+123, "-1.2570882301712172e+37"sv},
    {0x1.4733f3e7d1bfbp-688, "9.952684009002448e-208"sv},
    {0x1.d2055930d6eafp+206, "1.8721667527122837e+62"sv},
    {0x1.ff20686734721p+1004, "3.422978398947072e+302"sv},
    {0x1.e05cde00902c7p+383, "3.6967297937384553e+115"sv},
    {0x1.6cc3ababced20p+815, "3.113284956169447e+245"sv},
    {-0x1.4bcfc49b64a08p-577, "-2.6202582260546103e-174"sv},
    {0x1.d4acefaecbd38p-724, "2.0745096302730225e-218"sv},
    {-0x1.e07bc1e398f10p-975, "-5.877500503097409e-294"sv},
    {0x1.af4d46b0a18e8p-348, "2.938345597354166e-105"sv},
    {0x1.0f82ec1d3fcffp+378, "6.529598674765832e+113"sv},
    {-0x1.acbe226e87555p+751, "-1.9837344250050814e+226"sv},
    {0x1.46c697d2caf82p+704, "1.0743030475716402e+212"sv},
    {-0x1.6e1f40a097c97p+869, "-5.629271400715247e+261"sv},
    {0x1.eef86ab1031d0p-706, "5.743310614918485e-213"sv},
    {-0x1.e0d7ac3baea9ep-786, "-4.61515470702556e-237"sv},
    {-0x1.2135e92b1d3f2p+161, "-3.302201168194502e+48"sv},
    {0x0.0000000000001p-1022, "5e-324"sv},
    {0x0.0002000000000p-1022, "6.7903865311e-313"sv},
    {0x1.0000000000000p-1000, "9.332636185032189e-302"sv},
    {0x1.0000000000000p-963, "1.2826677504057426e-290"sv},
    {0x1.0000000000000p-926, "1.7628851326804976e-279"sv},
    {0x1.0000000000000p-889, "2.4228908772695546e-268"sv},
    {0x1.0000000000000p-852, "3.329995865487836e-257"sv},
    {0x1.0000000000000p-815, "4.5767114681873503e-246"sv},
    {0x1.0000000000000p-778, "6.290184345309701e-235"sv},
    {0x1.0000000000000p-741, "8.645163535653227e-224"sv},
    {0x1.0000000000000p-704, "1.188182228934475e-212"sv},
    {0x1.0000000000000p-667, "1.6330252207878255e-201"sv},
    {0x1.0000000000000p-630, "2.2444127733846047e-190"sv},
    {0x1.0000000000000p-593, "3.084697427331692e-179"sv},
    {0x1.0000000000000p-556, "4.239575861902385e-168"sv},
    {0x1.0000000000000p-519, "5.826828696250162e-157"sv},
    {0x1.0000000000000p-482, "8.008332380732404e-146"sv},
    {0x1.0000000000000p-445, "1.1006568214637918e-134"sv},
    {0x1.0000000000000p-408, "1.512731216738015e-123"sv},
    {0x1.0000000000000p-371, "2.07908195312898e-112"sv},
    {0x1.0000000000000p-334, "2.8574684782056875e-101"sv},
    {0x1.0000000000000p-297, "3.9272747722381812e-90"sv},
    {0x1.0000000000000p-260, "5.397605346934028e-79"sv},
    {0x1.0000000000000p-223, "7.418412301374843e-68"sv},
    {0x1.0000000000000p-186, "1.0195788231247695e-56"sv},
    {0x1.0000000000000p-149, "1.401298464324817e-45"sv},
    {0x1.0000000000000p-112, "1.925929944387236e-34"sv},
    {0x1.0000000000000p-75, "2.6469779601696886e-23"sv},
    {0x1.0000000000000p-38, "3.637978807091713e-12"sv},
    {0x1.0000000000000p-1, "0.5"sv},
    {0x1.0000000000000p+36, "68719476736.0"sv},
    {0x1.0000000000000p+73, "9.44473296573929e+21"sv},
    {0x1.0000000000000p+110, "1.298074214633707e+33"sv},
    {0x1.0000000000000p+147, "1.78405961588245e+44"sv},
    {0x1.0000000000000p+184, "2.4519928653854222e+55"sv},
    {0x1.0000000000000p+221, "3.36999333339383e+66"sv},
    {0x1.0000000000000p+258, "4.631683569492648e+77"sv},
    {0x1.0000000000000p+295, "6.365737426045269e+88"sv},
    {0x1.0000000000000p+332, "8.749002899132048e+99"sv},
    {0x1.0000000000000p+369, "1.2024538023802026e+111"sv},
    {0x1.0000000000000p+406, "1.6526399219756215e+122"sv},
    {0x1.0000000000000p+443, "2.2713710134237715e+133"sv},
    {0x1.0000000000000p+480, "3.1217485503159922e+144"sv},
    {0x1.0000000000000p+517, "4.290498537581631e+155"sv},
    {0x1.0000000000000p+554, "5.896816288783659e+166"sv},
    {0x1.0000000000000p+591, "8.10452259547069e+177"sv},
    {0x1.0000000000000p+628, "1.1138771039116688e+189"sv},
    {0x1.0000000000000p+665, "1.5309010345804195e+200"sv},
    {0x1.0000000000000p+702, "2.1040543606193494e+211"sv},
    {0x1.0000000000000p+739, "2.891790293717215e+222"sv},
    {0x1.0000000000000p+776, "3.974446316289815e+233"sv},
    {0x1.0000000000000p+813, "5.462437423415177e+244"sv},
    {0x1.0000000000000p+850, "7.5075168288047e+255"sv},
    {0x1.0000000000000p+887, "1.0318252561243462e+267"sv},
    {0x1.0000000000000p+924, "1.418129833677085e+278"sv},
    {0x1.0000000000000p+961, "1.94906280228e+289"sv},
    {0x1.0000000000000p+998, "2.6787715179656683e+300"sv},
};
const IntCase kInts[] = {
    {0LL, "0"sv, "0x0"sv, "0o0"sv, "0b0"sv},
    {1LL, "1"sv, "0x1"sv, "0o1"sv, "0b1"sv},
    {-1LL, "-1"sv, "-0x1"sv, "-0o1"sv, "-0b1"sv},
    {42LL, "42"sv, "0x2a"sv, "0o52"sv, "0b101010"sv},
    {-42LL, "-42"sv, "-0x2a"sv, "-0o52"sv, "-0b101010"sv},
    {255LL, "255"sv, "0xff"sv, "0o377"sv, "0b11111111"sv},
    {-255LL, "-255"sv, "-0xff"sv, "-0o377"sv, "-0b11111111"sv},
    {9223372036854775807LL, "9223372036854775807"sv, "0x7fffffffffffffff"sv, "0o777777777777777777777"sv, "0b111111111111111111111111111111111111111111111111111111111111111"sv},
    {INT64_MIN, "-9223372036854775808"sv, "-0x8000000000000000"sv, "-0o1000000000000000000000"sv, "-0b1000000000000000000000000000000000000000000000000000000000000000"sv},
    {1000000LL, "1000000"sv, "0xf4240"sv, "0o3641100"sv, "0b11110100001001000000"sv},
    {8LL, "8"sv, "0x8"sv, "0o10"sv, "0b1000"sv},
    {-31LL, "-31"sv, "-0x1f"sv, "-0o37"sv, "-0b11111"sv},
};
const FormatIntCase kFormatInt[] = {
    {0LL, 'd', 0, 0, -1, "0"sv}, // %d
    {0LL, 'd', 0, 8, -1, "       0"sv}, // %8d
    {0LL, 'd', 0, 0, 3, "000"sv}, // %.3d
    {0LL, 'd', 0, 10, 4, "      0000"sv}, // %10.4d
    {0LL, 'd', 0, 0, 0, "0"sv}, // %.0d
    {0LL, 'd', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-d
    {0LL, 'd', RPY_FMT_LEFT, 8, -1, "0       "sv}, // %-8d
    {0LL, 'd', RPY_FMT_LEFT, 0, 3, "000"sv}, // %-.3d
    {0LL, 'd', RPY_FMT_LEFT, 10, 4, "0000      "sv}, // %-10.4d
    {0LL, 'd', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0d
    {0LL, 'd', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+d
    {0LL, 'd', RPY_FMT_PLUS, 8, -1, "      +0"sv}, // %+8d
    {0LL, 'd', RPY_FMT_PLUS, 0, 3, "+000"sv}, // %+.3d
    {0LL, 'd', RPY_FMT_PLUS, 10, 4, "     +0000"sv}, // %+10.4d
    {0LL, 'd', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0d
    {0LL, 'd', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % d
    {0LL, 'd', RPY_FMT_SPACE, 8, -1, "       0"sv}, // % 8d
    {0LL, 'd', RPY_FMT_SPACE, 0, 3, " 000"sv}, // % .3d
    {0LL, 'd', RPY_FMT_SPACE, 10, 4, "      0000"sv}, // % 10.4d
    {0LL, 'd', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0d
    {0LL, 'd', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0d
    {0LL, 'd', RPY_FMT_ZERO, 8, -1, "00000000"sv}, // %08d
    {0LL, 'd', RPY_FMT_ZERO, 0, 3, "000"sv}, // %0.3d
    {0LL, 'd', RPY_FMT_ZERO, 10, 4, "0000000000"sv}, // %010.4d
    {0LL, 'd', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0d
    {0LL, 'd', RPY_FMT_ALT, 0, -1, "0"sv}, // %#d
    {0LL, 'd', RPY_FMT_ALT, 8, -1, "       0"sv}, // %#8d
    {0LL, 'd', RPY_FMT_ALT, 0, 3, "000"sv}, // %#.3d
    {0LL, 'd', RPY_FMT_ALT, 10, 4, "      0000"sv}, // %#10.4d
    {0LL, 'd', RPY_FMT_ALT, 0, 0, "0"sv}, // %#.0d
    {0LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0d
    {0LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000000"sv}, // %+08d
    {0LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+000"sv}, // %+0.3d
    {0LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000000"sv}, // %+010.4d
    {0LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0d
    {0LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0"sv}, // %-#d
    {0LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0       "sv}, // %-#8d
    {0LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "000"sv}, // %-#.3d
    {0LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0000      "sv}, // %-#10.4d
    {0LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0"sv}, // %-#.0d
    {0LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0"sv}, // %#0d
    {0LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00000000"sv}, // %#08d
    {0LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "000"sv}, // %#0.3d
    {0LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000000000"sv}, // %#010.4d
    {0LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0"sv}, // %#0.0d
    {0LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 0"sv}, // % 0d
    {0LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000000"sv}, // % 08d
    {0LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 000"sv}, // % 0.3d
    {0LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000000"sv}, // % 010.4d
    {0LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 0"sv}, // % 0.0d
    {0LL, 'i', 0, 0, -1, "0"sv}, // %i
    {0LL, 'i', 0, 8, -1, "       0"sv}, // %8i
    {0LL, 'i', 0, 0, 3, "000"sv}, // %.3i
    {0LL, 'i', 0, 10, 4, "      0000"sv}, // %10.4i
    {0LL, 'i', 0, 0, 0, "0"sv}, // %.0i
    {0LL, 'i', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-i
    {0LL, 'i', RPY_FMT_LEFT, 8, -1, "0       "sv}, // %-8i
    {0LL, 'i', RPY_FMT_LEFT, 0, 3, "000"sv}, // %-.3i
    {0LL, 'i', RPY_FMT_LEFT, 10, 4, "0000      "sv}, // %-10.4i
    {0LL, 'i', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0i
    {0LL, 'i', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+i
    {0LL, 'i', RPY_FMT_PLUS, 8, -1, "      +0"sv}, // %+8i
    {0LL, 'i', RPY_FMT_PLUS, 0, 3, "+000"sv}, // %+.3i
    {0LL, 'i', RPY_FMT_PLUS, 10, 4, "     +0000"sv}, // %+10.4i
    {0LL, 'i', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0i
    {0LL, 'i', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % i
    {0LL, 'i', RPY_FMT_SPACE, 8, -1, "       0"sv}, // % 8i
    {0LL, 'i', RPY_FMT_SPACE, 0, 3, " 000"sv}, // % .3i
    {0LL, 'i', RPY_FMT_SPACE, 10, 4, "      0000"sv}, // % 10.4i
    {0LL, 'i', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0i
    {0LL, 'i', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0i
    {0LL, 'i', RPY_FMT_ZERO, 8, -1, "00000000"sv}, // %08i
    {0LL, 'i', RPY_FMT_ZERO, 0, 3, "000"sv}, // %0.3i
    {0LL, 'i', RPY_FMT_ZERO, 10, 4, "0000000000"sv}, // %010.4i
    {0LL, 'i', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0i
    {0LL, 'i', RPY_FMT_ALT, 0, -1, "0"sv}, // %#i
    {0LL, 'i', RPY_FMT_ALT, 8, -1, "       0"sv}, // %#8i
    {0LL, 'i', RPY_FMT_ALT, 0, 3, "000"sv}, // %#.3i
    {0LL, 'i', RPY_FMT_ALT, 10, 4, "      0000"sv}, // %#10.4i
    {0LL, 'i', RPY_FMT_ALT, 0, 0, "0"sv}, // %#.0i
    {0LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0i
    {0LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000000"sv}, // %+08i
    {0LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+000"sv}, // %+0.3i
    {0LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000000"sv}, // %+010.4i
    {0LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0i
    {0LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0"sv}, // %-#i
    {0LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0       "sv}, // %-#8i
    {0LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "000"sv}, // %-#.3i
    {0LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0000      "sv}, // %-#10.4i
    {0LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0"sv}, // %-#.0i
    {0LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0"sv}, // %#0i
    {0LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00000000"sv}, // %#08i
    {0LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "000"sv}, // %#0.3i
    {0LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000000000"sv}, // %#010.4i
    {0LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0"sv}, // %#0.0i
    {0LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 0"sv}, // % 0i
    {0LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000000"sv}, // % 08i
    {0LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 000"sv}, // % 0.3i
    {0LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000000"sv}, // % 010.4i
    {0LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 0"sv}, // % 0.0i
    {0LL, 'x', 0, 0, -1, "0"sv}, // %x
    {0LL, 'x', 0, 8, -1, "       0"sv}, // %8x
    {0LL, 'x', 0, 0, 3, "000"sv}, // %.3x
    {0LL, 'x', 0, 10, 4, "      0000"sv}, // %10.4x
    {0LL, 'x', 0, 0, 0, "0"sv}, // %.0x
    {0LL, 'x', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-x
    {0LL, 'x', RPY_FMT_LEFT, 8, -1, "0       "sv}, // %-8x
    {0LL, 'x', RPY_FMT_LEFT, 0, 3, "000"sv}, // %-.3x
    {0LL, 'x', RPY_FMT_LEFT, 10, 4, "0000      "sv}, // %-10.4x
    {0LL, 'x', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0x
    {0LL, 'x', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+x
    {0LL, 'x', RPY_FMT_PLUS, 8, -1, "      +0"sv}, // %+8x
    {0LL, 'x', RPY_FMT_PLUS, 0, 3, "+000"sv}, // %+.3x
    {0LL, 'x', RPY_FMT_PLUS, 10, 4, "     +0000"sv}, // %+10.4x
    {0LL, 'x', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0x
    {0LL, 'x', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % x
    {0LL, 'x', RPY_FMT_SPACE, 8, -1, "       0"sv}, // % 8x
    {0LL, 'x', RPY_FMT_SPACE, 0, 3, " 000"sv}, // % .3x
    {0LL, 'x', RPY_FMT_SPACE, 10, 4, "      0000"sv}, // % 10.4x
    {0LL, 'x', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0x
    {0LL, 'x', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0x
    {0LL, 'x', RPY_FMT_ZERO, 8, -1, "00000000"sv}, // %08x
    {0LL, 'x', RPY_FMT_ZERO, 0, 3, "000"sv}, // %0.3x
    {0LL, 'x', RPY_FMT_ZERO, 10, 4, "0000000000"sv}, // %010.4x
    {0LL, 'x', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0x
    {0LL, 'x', RPY_FMT_ALT, 0, -1, "0x0"sv}, // %#x
    {0LL, 'x', RPY_FMT_ALT, 8, -1, "     0x0"sv}, // %#8x
    {0LL, 'x', RPY_FMT_ALT, 0, 3, "0x000"sv}, // %#.3x
    {0LL, 'x', RPY_FMT_ALT, 10, 4, "    0x0000"sv}, // %#10.4x
    {0LL, 'x', RPY_FMT_ALT, 0, 0, "0x0"sv}, // %#.0x
    {0LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0x
    {0LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000000"sv}, // %+08x
    {0LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+000"sv}, // %+0.3x
    {0LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000000"sv}, // %+010.4x
    {0LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0x
    {0LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0x0"sv}, // %-#x
    {0LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0x0     "sv}, // %-#8x
    {0LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0x000"sv}, // %-#.3x
    {0LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0x0000    "sv}, // %-#10.4x
    {0LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0x0"sv}, // %-#.0x
    {0LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0x0"sv}, // %#0x
    {0LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0x000000"sv}, // %#08x
    {0LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0x000"sv}, // %#0.3x
    {0LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0x00000000"sv}, // %#010.4x
    {0LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0x0"sv}, // %#0.0x
    {0LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 0"sv}, // % 0x
    {0LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000000"sv}, // % 08x
    {0LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 000"sv}, // % 0.3x
    {0LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000000"sv}, // % 010.4x
    {0LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 0"sv}, // % 0.0x
    {0LL, 'X', 0, 0, -1, "0"sv}, // %X
    {0LL, 'X', 0, 8, -1, "       0"sv}, // %8X
    {0LL, 'X', 0, 0, 3, "000"sv}, // %.3X
    {0LL, 'X', 0, 10, 4, "      0000"sv}, // %10.4X
    {0LL, 'X', 0, 0, 0, "0"sv}, // %.0X
    {0LL, 'X', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-X
    {0LL, 'X', RPY_FMT_LEFT, 8, -1, "0       "sv}, // %-8X
    {0LL, 'X', RPY_FMT_LEFT, 0, 3, "000"sv}, // %-.3X
    {0LL, 'X', RPY_FMT_LEFT, 10, 4, "0000      "sv}, // %-10.4X
    {0LL, 'X', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0X
    {0LL, 'X', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+X
    {0LL, 'X', RPY_FMT_PLUS, 8, -1, "      +0"sv}, // %+8X
    {0LL, 'X', RPY_FMT_PLUS, 0, 3, "+000"sv}, // %+.3X
    {0LL, 'X', RPY_FMT_PLUS, 10, 4, "     +0000"sv}, // %+10.4X
    {0LL, 'X', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0X
    {0LL, 'X', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % X
    {0LL, 'X', RPY_FMT_SPACE, 8, -1, "       0"sv}, // % 8X
    {0LL, 'X', RPY_FMT_SPACE, 0, 3, " 000"sv}, // % .3X
    {0LL, 'X', RPY_FMT_SPACE, 10, 4, "      0000"sv}, // % 10.4X
    {0LL, 'X', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0X
    {0LL, 'X', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0X
    {0LL, 'X', RPY_FMT_ZERO, 8, -1, "00000000"sv}, // %08X
    {0LL, 'X', RPY_FMT_ZERO, 0, 3, "000"sv}, // %0.3X
    {0LL, 'X', RPY_FMT_ZERO, 10, 4, "0000000000"sv}, // %010.4X
    {0LL, 'X', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0X
    {0LL, 'X', RPY_FMT_ALT, 0, -1, "0X0"sv}, // %#X
    {0LL, 'X', RPY_FMT_ALT, 8, -1, "     0X0"sv}, // %#8X
    {0LL, 'X', RPY_FMT_ALT, 0, 3, "0X000"sv}, // %#.3X
    {0LL, 'X', RPY_FMT_ALT, 10, 4, "    0X0000"sv}, // %#10.4X
    {0LL, 'X', RPY_FMT_ALT, 0, 0, "0X0"sv}, // %#.0X
    {0LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0X
    {0LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000000"sv}, // %+08X
    {0LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+000"sv}, // %+0.3X
    {0LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000000"sv}, // %+010.4X
    {0LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0X
    {0LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0X0"sv}, // %-#X
    {0LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0X0     "sv}, // %-#8X
    {0LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0X000"sv}, // %-#.3X
    {0LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0X0000    "sv}, // %-#10.4X
    {0LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0X0"sv}, // %-#.0X
    {0LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0X0"sv}, // %#0X
    {0LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0X000000"sv}, // %#08X
    {0LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0X000"sv}, // %#0.3X
    {0LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0X00000000"sv}, // %#010.4X
    {0LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0X0"sv}, // %#0.0X
    {0LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 0"sv}, // % 0X
    {0LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000000"sv}, // % 08X
    {0LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 000"sv}, // % 0.3X
    {0LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000000"sv}, // % 010.4X
    {0LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 0"sv}, // % 0.0X
    {0LL, 'o', 0, 0, -1, "0"sv}, // %o
    {0LL, 'o', 0, 8, -1, "       0"sv}, // %8o
    {0LL, 'o', 0, 0, 3, "000"sv}, // %.3o
    {0LL, 'o', 0, 10, 4, "      0000"sv}, // %10.4o
    {0LL, 'o', 0, 0, 0, "0"sv}, // %.0o
    {0LL, 'o', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-o
    {0LL, 'o', RPY_FMT_LEFT, 8, -1, "0       "sv}, // %-8o
    {0LL, 'o', RPY_FMT_LEFT, 0, 3, "000"sv}, // %-.3o
    {0LL, 'o', RPY_FMT_LEFT, 10, 4, "0000      "sv}, // %-10.4o
    {0LL, 'o', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0o
    {0LL, 'o', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+o
    {0LL, 'o', RPY_FMT_PLUS, 8, -1, "      +0"sv}, // %+8o
    {0LL, 'o', RPY_FMT_PLUS, 0, 3, "+000"sv}, // %+.3o
    {0LL, 'o', RPY_FMT_PLUS, 10, 4, "     +0000"sv}, // %+10.4o
    {0LL, 'o', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0o
    {0LL, 'o', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % o
    {0LL, 'o', RPY_FMT_SPACE, 8, -1, "       0"sv}, // % 8o
    {0LL, 'o', RPY_FMT_SPACE, 0, 3, " 000"sv}, // % .3o
    {0LL, 'o', RPY_FMT_SPACE, 10, 4, "      0000"sv}, // % 10.4o
    {0LL, 'o', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0o
    {0LL, 'o', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0o
    {0LL, 'o', RPY_FMT_ZERO, 8, -1, "00000000"sv}, // %08o
    {0LL, 'o', RPY_FMT_ZERO, 0, 3, "000"sv}, // %0.3o
    {0LL, 'o', RPY_FMT_ZERO, 10, 4, "0000000000"sv}, // %010.4o
    {0LL, 'o', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0o
    {0LL, 'o', RPY_FMT_ALT, 0, -1, "0o0"sv}, // %#o
    {0LL, 'o', RPY_FMT_ALT, 8, -1, "     0o0"sv}, // %#8o
    {0LL, 'o', RPY_FMT_ALT, 0, 3, "0o000"sv}, // %#.3o
    {0LL, 'o', RPY_FMT_ALT, 10, 4, "    0o0000"sv}, // %#10.4o
    {0LL, 'o', RPY_FMT_ALT, 0, 0, "0o0"sv}, // %#.0o
    {0LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0o
    {0LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000000"sv}, // %+08o
    {0LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+000"sv}, // %+0.3o
    {0LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000000"sv}, // %+010.4o
    {0LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0o
    {0LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0o0"sv}, // %-#o
    {0LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0o0     "sv}, // %-#8o
    {0LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0o000"sv}, // %-#.3o
    {0LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0o0000    "sv}, // %-#10.4o
    {0LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0o0"sv}, // %-#.0o
    {0LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0o0"sv}, // %#0o
    {0LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0o000000"sv}, // %#08o
    {0LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0o000"sv}, // %#0.3o
    {0LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0o00000000"sv}, // %#010.4o
    {0LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0o0"sv}, // %#0.0o
    {0LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 0"sv}, // % 0o
    {0LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000000"sv}, // % 08o
    {0LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 000"sv}, // % 0.3o
    {0LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000000"sv}, // % 010.4o
    {0LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 0"sv}, // % 0.0o
    {0LL, 'e', 0, 0, -1, "0.000000e+00"sv}, // %e
    {0LL, 'e', 0, 8, -1, "0.000000e+00"sv}, // %8e
    {0LL, 'e', 0, 0, 3, "0.000e+00"sv}, // %.3e
    {0LL, 'e', 0, 10, 4, "0.0000e+00"sv}, // %10.4e
    {0LL, 'e', 0, 0, 0, "0e+00"sv}, // %.0e
    {0LL, 'e', RPY_FMT_LEFT, 0, -1, "0.000000e+00"sv}, // %-e
    {0LL, 'e', RPY_FMT_LEFT, 8, -1, "0.000000e+00"sv}, // %-8e
    {0LL, 'e', RPY_FMT_LEFT, 0, 3, "0.000e+00"sv}, // %-.3e
    {0LL, 'e', RPY_FMT_LEFT, 10, 4, "0.0000e+00"sv}, // %-10.4e
    {0LL, 'e', RPY_FMT_LEFT, 0, 0, "0e+00"sv}, // %-.0e
    {0LL, 'e', RPY_FMT_PLUS, 0, -1, "+0.000000e+00"sv}, // %+e
    {0LL, 'e', RPY_FMT_PLUS, 8, -1, "+0.000000e+00"sv}, // %+8e
    {0LL, 'e', RPY_FMT_PLUS, 0, 3, "+0.000e+00"sv}, // %+.3e
    {0LL, 'e', RPY_FMT_PLUS, 10, 4, "+0.0000e+00"sv}, // %+10.4e
    {0LL, 'e', RPY_FMT_PLUS, 0, 0, "+0e+00"sv}, // %+.0e
    {0LL, 'e', RPY_FMT_SPACE, 0, -1, " 0.000000e+00"sv}, // % e
    {0LL, 'e', RPY_FMT_SPACE, 8, -1, " 0.000000e+00"sv}, // % 8e
    {0LL, 'e', RPY_FMT_SPACE, 0, 3, " 0.000e+00"sv}, // % .3e
    {0LL, 'e', RPY_FMT_SPACE, 10, 4, " 0.0000e+00"sv}, // % 10.4e
    {0LL, 'e', RPY_FMT_SPACE, 0, 0, " 0e+00"sv}, // % .0e
    {0LL, 'e', RPY_FMT_ZERO, 0, -1, "0.000000e+00"sv}, // %0e
    {0LL, 'e', RPY_FMT_ZERO, 8, -1, "0.000000e+00"sv}, // %08e
    {0LL, 'e', RPY_FMT_ZERO, 0, 3, "0.000e+00"sv}, // %0.3e
    {0LL, 'e', RPY_FMT_ZERO, 10, 4, "0.0000e+00"sv}, // %010.4e
    {0LL, 'e', RPY_FMT_ZERO, 0, 0, "0e+00"sv}, // %0.0e
    {0LL, 'e', RPY_FMT_ALT, 0, -1, "0.000000e+00"sv}, // %#e
    {0LL, 'e', RPY_FMT_ALT, 8, -1, "0.000000e+00"sv}, // %#8e
    {0LL, 'e', RPY_FMT_ALT, 0, 3, "0.000e+00"sv}, // %#.3e
    {0LL, 'e', RPY_FMT_ALT, 10, 4, "0.0000e+00"sv}, // %#10.4e
    {0LL, 'e', RPY_FMT_ALT, 0, 0, "0.e+00"sv}, // %#.0e
    {0LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.000000e+00"sv}, // %+0e
    {0LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0.000000e+00"sv}, // %+08e
    {0LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.000e+00"sv}, // %+0.3e
    {0LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+0.0000e+00"sv}, // %+010.4e
    {0LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0e+00"sv}, // %+0.0e
    {0LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.000000e+00"sv}, // %-#e
    {0LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0.000000e+00"sv}, // %-#8e
    {0LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.000e+00"sv}, // %-#.3e
    {0LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0.0000e+00"sv}, // %-#10.4e
    {0LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0.e+00"sv}, // %-#.0e
    {0LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0.000000e+00"sv}, // %#0e
    {0LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0.000000e+00"sv}, // %#08e
    {0LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0.000e+00"sv}, // %#0.3e
    {0LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0.0000e+00"sv}, // %#010.4e
    {0LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0.e+00"sv}, // %#0.0e
    {0LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 0.000000e+00"sv}, // % 0e
    {0LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0.000000e+00"sv}, // % 08e
    {0LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 0.000e+00"sv}, // % 0.3e
    {0LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 0.0000e+00"sv}, // % 010.4e
    {0LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 0e+00"sv}, // % 0.0e
    {0LL, 'E', 0, 0, -1, "0.000000E+00"sv}, // %E
    {0LL, 'E', 0, 8, -1, "0.000000E+00"sv}, // %8E
    {0LL, 'E', 0, 0, 3, "0.000E+00"sv}, // %.3E
    {0LL, 'E', 0, 10, 4, "0.0000E+00"sv}, // %10.4E
    {0LL, 'E', 0, 0, 0, "0E+00"sv}, // %.0E
    {0LL, 'E', RPY_FMT_LEFT, 0, -1, "0.000000E+00"sv}, // %-E
    {0LL, 'E', RPY_FMT_LEFT, 8, -1, "0.000000E+00"sv}, // %-8E
    {0LL, 'E', RPY_FMT_LEFT, 0, 3, "0.000E+00"sv}, // %-.3E
    {0LL, 'E', RPY_FMT_LEFT, 10, 4, "0.0000E+00"sv}, // %-10.4E
    {0LL, 'E', RPY_FMT_LEFT, 0, 0, "0E+00"sv}, // %-.0E
    {0LL, 'E', RPY_FMT_PLUS, 0, -1, "+0.000000E+00"sv}, // %+E
    {0LL, 'E', RPY_FMT_PLUS, 8, -1, "+0.000000E+00"sv}, // %+8E
    {0LL, 'E', RPY_FMT_PLUS, 0, 3, "+0.000E+00"sv}, // %+.3E
    {0LL, 'E', RPY_FMT_PLUS, 10, 4, "+0.0000E+00"sv}, // %+10.4E
    {0LL, 'E', RPY_FMT_PLUS, 0, 0, "+0E+00"sv}, // %+.0E
    {0LL, 'E', RPY_FMT_SPACE, 0, -1, " 0.000000E+00"sv}, // % E
    {0LL, 'E', RPY_FMT_SPACE, 8, -1, " 0.000000E+00"sv}, // % 8E
    {0LL, 'E', RPY_FMT_SPACE, 0, 3, " 0.000E+00"sv}, // % .3E
    {0LL, 'E', RPY_FMT_SPACE, 10, 4, " 0.0000E+00"sv}, // % 10.4E
    {0LL, 'E', RPY_FMT_SPACE, 0, 0, " 0E+00"sv}, // % .0E
    {0LL, 'E', RPY_FMT_ZERO, 0, -1, "0.000000E+00"sv}, // %0E
    {0LL, 'E', RPY_FMT_ZERO, 8, -1, "0.000000E+00"sv}, // %08E
    {0LL, 'E', RPY_FMT_ZERO, 0, 3, "0.000E+00"sv}, // %0.3E
    {0LL, 'E', RPY_FMT_ZERO, 10, 4, "0.0000E+00"sv}, // %010.4E
    {0LL, 'E', RPY_FMT_ZERO, 0, 0, "0E+00"sv}, // %0.0E
    {0LL, 'E', RPY_FMT_ALT, 0, -1, "0.000000E+00"sv}, // %#E
    {0LL, 'E', RPY_FMT_ALT, 8, -1, "0.000000E+00"sv}, // %#8E
    {0LL, 'E', RPY_FMT_ALT, 0, 3, "0.000E+00"sv}, // %#.3E
    {0LL, 'E', RPY_FMT_ALT, 10, 4, "0.0000E+00"sv}, // %#10.4E
    {0LL, 'E', RPY_FMT_ALT, 0, 0, "0.E+00"sv}, // %#.0E
    {0LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.000000E+00"sv}, // %+0E
    {0LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0.000000E+00"sv}, // %+08E
    {0LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.000E+00"sv}, // %+0.3E
    {0LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+0.0000E+00"sv}, // %+010.4E
    {0LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0E+00"sv}, // %+0.0E
    {0LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.000000E+00"sv}, // %-#E
    {0LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0.000000E+00"sv}, // %-#8E
    {0LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.000E+00"sv}, // %-#.3E
    {0LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0.0000E+00"sv}, // %-#10.4E
    {0LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0.E+00"sv}, // %-#.0E
    {0LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0.000000E+00"sv}, // %#0E
    {0LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0.000000E+00"sv}, // %#08E
    {0LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0.000E+00"sv}, // %#0.3E
    {0LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0.0000E+00"sv}, // %#010.4E
    {0LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0.E+00"sv}, // %#0.0E
    {0LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 0.000000E+00"sv}, // % 0E
    {0LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0.000000E+00"sv}, // % 08E
    {0LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 0.000E+00"sv}, // % 0.3E
    {0LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 0.0000E+00"sv}, // % 010.4E
    {0LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 0E+00"sv}, // % 0.0E
    {0LL, 'f', 0, 0, -1, "0.000000"sv}, // %f
    {0LL, 'f', 0, 8, -1, "0.000000"sv}, // %8f
    {0LL, 'f', 0, 0, 3, "0.000"sv}, // %.3f
    {0LL, 'f', 0, 10, 4, "    0.0000"sv}, // %10.4f
    {0LL, 'f', 0, 0, 0, "0"sv}, // %.0f
    {0LL, 'f', RPY_FMT_LEFT, 0, -1, "0.000000"sv}, // %-f
    {0LL, 'f', RPY_FMT_LEFT, 8, -1, "0.000000"sv}, // %-8f
    {0LL, 'f', RPY_FMT_LEFT, 0, 3, "0.000"sv}, // %-.3f
    {0LL, 'f', RPY_FMT_LEFT, 10, 4, "0.0000    "sv}, // %-10.4f
    {0LL, 'f', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0f
    {0LL, 'f', RPY_FMT_PLUS, 0, -1, "+0.000000"sv}, // %+f
    {0LL, 'f', RPY_FMT_PLUS, 8, -1, "+0.000000"sv}, // %+8f
    {0LL, 'f', RPY_FMT_PLUS, 0, 3, "+0.000"sv}, // %+.3f
    {0LL, 'f', RPY_FMT_PLUS, 10, 4, "   +0.0000"sv}, // %+10.4f
    {0LL, 'f', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0f
    {0LL, 'f', RPY_FMT_SPACE, 0, -1, " 0.000000"sv}, // % f
    {0LL, 'f', RPY_FMT_SPACE, 8, -1, " 0.000000"sv}, // % 8f
    {0LL, 'f', RPY_FMT_SPACE, 0, 3, " 0.000"sv}, // % .3f
    {0LL, 'f', RPY_FMT_SPACE, 10, 4, "    0.0000"sv}, // % 10.4f
    {0LL, 'f', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0f
    {0LL, 'f', RPY_FMT_ZERO, 0, -1, "0.000000"sv}, // %0f
    {0LL, 'f', RPY_FMT_ZERO, 8, -1, "0.000000"sv}, // %08f
    {0LL, 'f', RPY_FMT_ZERO, 0, 3, "0.000"sv}, // %0.3f
    {0LL, 'f', RPY_FMT_ZERO, 10, 4, "00000.0000"sv}, // %010.4f
    {0LL, 'f', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0f
    {0LL, 'f', RPY_FMT_ALT, 0, -1, "0.000000"sv}, // %#f
    {0LL, 'f', RPY_FMT_ALT, 8, -1, "0.000000"sv}, // %#8f
    {0LL, 'f', RPY_FMT_ALT, 0, 3, "0.000"sv}, // %#.3f
    {0LL, 'f', RPY_FMT_ALT, 10, 4, "    0.0000"sv}, // %#10.4f
    {0LL, 'f', RPY_FMT_ALT, 0, 0, "0."sv}, // %#.0f
    {0LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.000000"sv}, // %+0f
    {0LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0.000000"sv}, // %+08f
    {0LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.000"sv}, // %+0.3f
    {0LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+0000.0000"sv}, // %+010.4f
    {0LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0f
    {0LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.000000"sv}, // %-#f
    {0LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0.000000"sv}, // %-#8f
    {0LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.000"sv}, // %-#.3f
    {0LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0.0000    "sv}, // %-#10.4f
    {0LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0."sv}, // %-#.0f
    {0LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0.000000"sv}, // %#0f
    {0LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0.000000"sv}, // %#08f
    {0LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0.000"sv}, // %#0.3f
    {0LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "00000.0000"sv}, // %#010.4f
    {0LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0."sv}, // %#0.0f
    {0LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 0.000000"sv}, // % 0f
    {0LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0.000000"sv}, // % 08f
    {0LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 0.000"sv}, // % 0.3f
    {0LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 0000.0000"sv}, // % 010.4f
    {0LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 0"sv}, // % 0.0f
    {0LL, 'g', 0, 0, -1, "0"sv}, // %g
    {0LL, 'g', 0, 8, -1, "       0"sv}, // %8g
    {0LL, 'g', 0, 0, 3, "0"sv}, // %.3g
    {0LL, 'g', 0, 10, 4, "         0"sv}, // %10.4g
    {0LL, 'g', 0, 0, 0, "0"sv}, // %.0g
    {0LL, 'g', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-g
    {0LL, 'g', RPY_FMT_LEFT, 8, -1, "0       "sv}, // %-8g
    {0LL, 'g', RPY_FMT_LEFT, 0, 3, "0"sv}, // %-.3g
    {0LL, 'g', RPY_FMT_LEFT, 10, 4, "0         "sv}, // %-10.4g
    {0LL, 'g', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0g
    {0LL, 'g', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+g
    {0LL, 'g', RPY_FMT_PLUS, 8, -1, "      +0"sv}, // %+8g
    {0LL, 'g', RPY_FMT_PLUS, 0, 3, "+0"sv}, // %+.3g
    {0LL, 'g', RPY_FMT_PLUS, 10, 4, "        +0"sv}, // %+10.4g
    {0LL, 'g', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0g
    {0LL, 'g', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % g
    {0LL, 'g', RPY_FMT_SPACE, 8, -1, "       0"sv}, // % 8g
    {0LL, 'g', RPY_FMT_SPACE, 0, 3, " 0"sv}, // % .3g
    {0LL, 'g', RPY_FMT_SPACE, 10, 4, "         0"sv}, // % 10.4g
    {0LL, 'g', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0g
    {0LL, 'g', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0g
    {0LL, 'g', RPY_FMT_ZERO, 8, -1, "00000000"sv}, // %08g
    {0LL, 'g', RPY_FMT_ZERO, 0, 3, "0"sv}, // %0.3g
    {0LL, 'g', RPY_FMT_ZERO, 10, 4, "0000000000"sv}, // %010.4g
    {0LL, 'g', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0g
    {0LL, 'g', RPY_FMT_ALT, 0, -1, "0.00000"sv}, // %#g
    {0LL, 'g', RPY_FMT_ALT, 8, -1, " 0.00000"sv}, // %#8g
    {0LL, 'g', RPY_FMT_ALT, 0, 3, "0.00"sv}, // %#.3g
    {0LL, 'g', RPY_FMT_ALT, 10, 4, "     0.000"sv}, // %#10.4g
    {0LL, 'g', RPY_FMT_ALT, 0, 0, "0."sv}, // %#.0g
    {0LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0g
    {0LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000000"sv}, // %+08g
    {0LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0"sv}, // %+0.3g
    {0LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000000"sv}, // %+010.4g
    {0LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0g
    {0LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.00000"sv}, // %-#g
    {0LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0.00000 "sv}, // %-#8g
    {0LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.00"sv}, // %-#.3g
    {0LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0.000     "sv}, // %-#10.4g
    {0LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0."sv}, // %-#.0g
    {0LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0.00000"sv}, // %#0g
    {0LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00.00000"sv}, // %#08g
    {0LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0.00"sv}, // %#0.3g
    {0LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "000000.000"sv}, // %#010.4g
    {0LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0."sv}, // %#0.0g
    {0LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 0"sv}, // % 0g
    {0LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000000"sv}, // % 08g
    {0LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 0"sv}, // % 0.3g
    {0LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000000"sv}, // % 010.4g
    {0LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 0"sv}, // % 0.0g
    {0LL, 'G', 0, 0, -1, "0"sv}, // %G
    {0LL, 'G', 0, 8, -1, "       0"sv}, // %8G
    {0LL, 'G', 0, 0, 3, "0"sv}, // %.3G
    {0LL, 'G', 0, 10, 4, "         0"sv}, // %10.4G
    {0LL, 'G', 0, 0, 0, "0"sv}, // %.0G
    {0LL, 'G', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-G
    {0LL, 'G', RPY_FMT_LEFT, 8, -1, "0       "sv}, // %-8G
    {0LL, 'G', RPY_FMT_LEFT, 0, 3, "0"sv}, // %-.3G
    {0LL, 'G', RPY_FMT_LEFT, 10, 4, "0         "sv}, // %-10.4G
    {0LL, 'G', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0G
    {0LL, 'G', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+G
    {0LL, 'G', RPY_FMT_PLUS, 8, -1, "      +0"sv}, // %+8G
    {0LL, 'G', RPY_FMT_PLUS, 0, 3, "+0"sv}, // %+.3G
    {0LL, 'G', RPY_FMT_PLUS, 10, 4, "        +0"sv}, // %+10.4G
    {0LL, 'G', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0G
    {0LL, 'G', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % G
    {0LL, 'G', RPY_FMT_SPACE, 8, -1, "       0"sv}, // % 8G
    {0LL, 'G', RPY_FMT_SPACE, 0, 3, " 0"sv}, // % .3G
    {0LL, 'G', RPY_FMT_SPACE, 10, 4, "         0"sv}, // % 10.4G
    {0LL, 'G', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0G
    {0LL, 'G', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0G
    {0LL, 'G', RPY_FMT_ZERO, 8, -1, "00000000"sv}, // %08G
    {0LL, 'G', RPY_FMT_ZERO, 0, 3, "0"sv}, // %0.3G
    {0LL, 'G', RPY_FMT_ZERO, 10, 4, "0000000000"sv}, // %010.4G
    {0LL, 'G', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0G
    {0LL, 'G', RPY_FMT_ALT, 0, -1, "0.00000"sv}, // %#G
    {0LL, 'G', RPY_FMT_ALT, 8, -1, " 0.00000"sv}, // %#8G
    {0LL, 'G', RPY_FMT_ALT, 0, 3, "0.00"sv}, // %#.3G
    {0LL, 'G', RPY_FMT_ALT, 10, 4, "     0.000"sv}, // %#10.4G
    {0LL, 'G', RPY_FMT_ALT, 0, 0, "0."sv}, // %#.0G
    {0LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0G
    {0LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000000"sv}, // %+08G
    {0LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0"sv}, // %+0.3G
    {0LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000000"sv}, // %+010.4G
    {0LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0G
    {0LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.00000"sv}, // %-#G
    {0LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0.00000 "sv}, // %-#8G
    {0LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.00"sv}, // %-#.3G
    {0LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0.000     "sv}, // %-#10.4G
    {0LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0."sv}, // %-#.0G
    {0LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0.00000"sv}, // %#0G
    {0LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00.00000"sv}, // %#08G
    {0LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0.00"sv}, // %#0.3G
    {0LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "000000.000"sv}, // %#010.4G
    {0LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0."sv}, // %#0.0G
    {0LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 0"sv}, // % 0G
    {0LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000000"sv}, // % 08G
    {0LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 0"sv}, // % 0.3G
    {0LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000000"sv}, // % 010.4G
    {0LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 0"sv}, // % 0.0G
    {0LL, 's', 0, 0, -1, "0"sv}, // %s
    {0LL, 's', 0, 8, -1, "       0"sv}, // %8s
    {0LL, 's', 0, 0, 3, "0"sv}, // %.3s
    {0LL, 's', 0, 10, 4, "         0"sv}, // %10.4s
    {0LL, 's', 0, 0, 0, ""sv}, // %.0s
    {0LL, 's', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-s
    {0LL, 's', RPY_FMT_LEFT, 8, -1, "0       "sv}, // %-8s
    {0LL, 's', RPY_FMT_LEFT, 0, 3, "0"sv}, // %-.3s
    {0LL, 's', RPY_FMT_LEFT, 10, 4, "0         "sv}, // %-10.4s
    {0LL, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {0LL, 's', RPY_FMT_PLUS, 0, -1, "0"sv}, // %+s
    {0LL, 's', RPY_FMT_PLUS, 8, -1, "       0"sv}, // %+8s
    {0LL, 's', RPY_FMT_PLUS, 0, 3, "0"sv}, // %+.3s
    {0LL, 's', RPY_FMT_PLUS, 10, 4, "         0"sv}, // %+10.4s
    {0LL, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {0LL, 's', RPY_FMT_SPACE, 0, -1, "0"sv}, // % s
    {0LL, 's', RPY_FMT_SPACE, 8, -1, "       0"sv}, // % 8s
    {0LL, 's', RPY_FMT_SPACE, 0, 3, "0"sv}, // % .3s
    {0LL, 's', RPY_FMT_SPACE, 10, 4, "         0"sv}, // % 10.4s
    {0LL, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {0LL, 's', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0s
    {0LL, 's', RPY_FMT_ZERO, 8, -1, "       0"sv}, // %08s
    {0LL, 's', RPY_FMT_ZERO, 0, 3, "0"sv}, // %0.3s
    {0LL, 's', RPY_FMT_ZERO, 10, 4, "         0"sv}, // %010.4s
    {0LL, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {0LL, 's', RPY_FMT_ALT, 0, -1, "0"sv}, // %#s
    {0LL, 's', RPY_FMT_ALT, 8, -1, "       0"sv}, // %#8s
    {0LL, 's', RPY_FMT_ALT, 0, 3, "0"sv}, // %#.3s
    {0LL, 's', RPY_FMT_ALT, 10, 4, "         0"sv}, // %#10.4s
    {0LL, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {0LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "0"sv}, // %+0s
    {0LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "       0"sv}, // %+08s
    {0LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "0"sv}, // %+0.3s
    {0LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "         0"sv}, // %+010.4s
    {0LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {0LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0"sv}, // %-#s
    {0LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0       "sv}, // %-#8s
    {0LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0"sv}, // %-#.3s
    {0LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0         "sv}, // %-#10.4s
    {0LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {0LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0"sv}, // %#0s
    {0LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "       0"sv}, // %#08s
    {0LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0"sv}, // %#0.3s
    {0LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "         0"sv}, // %#010.4s
    {0LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0s
    {0LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "0"sv}, // % 0s
    {0LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "       0"sv}, // % 08s
    {0LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "0"sv}, // % 0.3s
    {0LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "         0"sv}, // % 010.4s
    {0LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0s
    {0LL, 'r', 0, 0, -1, "0"sv}, // %r
    {0LL, 'r', 0, 8, -1, "       0"sv}, // %8r
    {0LL, 'r', 0, 0, 3, "0"sv}, // %.3r
    {0LL, 'r', 0, 10, 4, "         0"sv}, // %10.4r
    {0LL, 'r', 0, 0, 0, ""sv}, // %.0r
    {0LL, 'r', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-r
    {0LL, 'r', RPY_FMT_LEFT, 8, -1, "0       "sv}, // %-8r
    {0LL, 'r', RPY_FMT_LEFT, 0, 3, "0"sv}, // %-.3r
    {0LL, 'r', RPY_FMT_LEFT, 10, 4, "0         "sv}, // %-10.4r
    {0LL, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {0LL, 'r', RPY_FMT_PLUS, 0, -1, "0"sv}, // %+r
    {0LL, 'r', RPY_FMT_PLUS, 8, -1, "       0"sv}, // %+8r
    {0LL, 'r', RPY_FMT_PLUS, 0, 3, "0"sv}, // %+.3r
    {0LL, 'r', RPY_FMT_PLUS, 10, 4, "         0"sv}, // %+10.4r
    {0LL, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {0LL, 'r', RPY_FMT_SPACE, 0, -1, "0"sv}, // % r
    {0LL, 'r', RPY_FMT_SPACE, 8, -1, "       0"sv}, // % 8r
    {0LL, 'r', RPY_FMT_SPACE, 0, 3, "0"sv}, // % .3r
    {0LL, 'r', RPY_FMT_SPACE, 10, 4, "         0"sv}, // % 10.4r
    {0LL, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {0LL, 'r', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0r
    {0LL, 'r', RPY_FMT_ZERO, 8, -1, "       0"sv}, // %08r
    {0LL, 'r', RPY_FMT_ZERO, 0, 3, "0"sv}, // %0.3r
    {0LL, 'r', RPY_FMT_ZERO, 10, 4, "         0"sv}, // %010.4r
    {0LL, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {0LL, 'r', RPY_FMT_ALT, 0, -1, "0"sv}, // %#r
    {0LL, 'r', RPY_FMT_ALT, 8, -1, "       0"sv}, // %#8r
    {0LL, 'r', RPY_FMT_ALT, 0, 3, "0"sv}, // %#.3r
    {0LL, 'r', RPY_FMT_ALT, 10, 4, "         0"sv}, // %#10.4r
    {0LL, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {0LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "0"sv}, // %+0r
    {0LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "       0"sv}, // %+08r
    {0LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "0"sv}, // %+0.3r
    {0LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "         0"sv}, // %+010.4r
    {0LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {0LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0"sv}, // %-#r
    {0LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0       "sv}, // %-#8r
    {0LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0"sv}, // %-#.3r
    {0LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0         "sv}, // %-#10.4r
    {0LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {0LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0"sv}, // %#0r
    {0LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "       0"sv}, // %#08r
    {0LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0"sv}, // %#0.3r
    {0LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "         0"sv}, // %#010.4r
    {0LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0r
    {0LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "0"sv}, // % 0r
    {0LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "       0"sv}, // % 08r
    {0LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "0"sv}, // % 0.3r
    {0LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "         0"sv}, // % 010.4r
    {0LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0r
    {0LL, 'c', 0, 0, -1, "\x00"""sv}, // %c
    {0LL, 'c', 0, 8, -1, "       \x00"""sv}, // %8c
    {0LL, 'c', 0, 0, 3, "\x00"""sv}, // %.3c
    {0LL, 'c', 0, 10, 4, "         \x00"""sv}, // %10.4c
    {0LL, 'c', 0, 0, 0, "\x00"""sv}, // %.0c
    {0LL, 'c', RPY_FMT_LEFT, 0, -1, "\x00"""sv}, // %-c
    {0LL, 'c', RPY_FMT_LEFT, 8, -1, "\x00""       "sv}, // %-8c
    {0LL, 'c', RPY_FMT_LEFT, 0, 3, "\x00"""sv}, // %-.3c
    {0LL, 'c', RPY_FMT_LEFT, 10, 4, "\x00""         "sv}, // %-10.4c
    {0LL, 'c', RPY_FMT_LEFT, 0, 0, "\x00"""sv}, // %-.0c
    {0LL, 'c', RPY_FMT_PLUS, 0, -1, "\x00"""sv}, // %+c
    {0LL, 'c', RPY_FMT_PLUS, 8, -1, "       \x00"""sv}, // %+8c
    {0LL, 'c', RPY_FMT_PLUS, 0, 3, "\x00"""sv}, // %+.3c
    {0LL, 'c', RPY_FMT_PLUS, 10, 4, "         \x00"""sv}, // %+10.4c
    {0LL, 'c', RPY_FMT_PLUS, 0, 0, "\x00"""sv}, // %+.0c
    {0LL, 'c', RPY_FMT_SPACE, 0, -1, "\x00"""sv}, // % c
    {0LL, 'c', RPY_FMT_SPACE, 8, -1, "       \x00"""sv}, // % 8c
    {0LL, 'c', RPY_FMT_SPACE, 0, 3, "\x00"""sv}, // % .3c
    {0LL, 'c', RPY_FMT_SPACE, 10, 4, "         \x00"""sv}, // % 10.4c
    {0LL, 'c', RPY_FMT_SPACE, 0, 0, "\x00"""sv}, // % .0c
    {0LL, 'c', RPY_FMT_ZERO, 0, -1, "\x00"""sv}, // %0c
    {0LL, 'c', RPY_FMT_ZERO, 8, -1, "       \x00"""sv}, // %08c
    {0LL, 'c', RPY_FMT_ZERO, 0, 3, "\x00"""sv}, // %0.3c
    {0LL, 'c', RPY_FMT_ZERO, 10, 4, "         \x00"""sv}, // %010.4c
    {0LL, 'c', RPY_FMT_ZERO, 0, 0, "\x00"""sv}, // %0.0c
    {0LL, 'c', RPY_FMT_ALT, 0, -1, "\x00"""sv}, // %#c
    {0LL, 'c', RPY_FMT_ALT, 8, -1, "       \x00"""sv}, // %#8c
    {0LL, 'c', RPY_FMT_ALT, 0, 3, "\x00"""sv}, // %#.3c
    {0LL, 'c', RPY_FMT_ALT, 10, 4, "         \x00"""sv}, // %#10.4c
    {0LL, 'c', RPY_FMT_ALT, 0, 0, "\x00"""sv}, // %#.0c
    {0LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "\x00"""sv}, // %+0c
    {0LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "       \x00"""sv}, // %+08c
    {0LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "\x00"""sv}, // %+0.3c
    {0LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "         \x00"""sv}, // %+010.4c
    {0LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "\x00"""sv}, // %+0.0c
    {0LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "\x00"""sv}, // %-#c
    {0LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "\x00""       "sv}, // %-#8c
    {0LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "\x00"""sv}, // %-#.3c
    {0LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "\x00""         "sv}, // %-#10.4c
    {0LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "\x00"""sv}, // %-#.0c
    {0LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "\x00"""sv}, // %#0c
    {0LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "       \x00"""sv}, // %#08c
    {0LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "\x00"""sv}, // %#0.3c
    {0LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "         \x00"""sv}, // %#010.4c
    {0LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "\x00"""sv}, // %#0.0c
    {0LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "\x00"""sv}, // % 0c
    {0LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "       \x00"""sv}, // % 08c
    {0LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "\x00"""sv}, // % 0.3c
    {0LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "         \x00"""sv}, // % 010.4c
    {0LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "\x00"""sv}, // % 0.0c
    {5LL, 'd', 0, 0, -1, "5"sv}, // %d
    {5LL, 'd', 0, 8, -1, "       5"sv}, // %8d
    {5LL, 'd', 0, 0, 3, "005"sv}, // %.3d
    {5LL, 'd', 0, 10, 4, "      0005"sv}, // %10.4d
    {5LL, 'd', 0, 0, 0, "5"sv}, // %.0d
    {5LL, 'd', RPY_FMT_LEFT, 0, -1, "5"sv}, // %-d
    {5LL, 'd', RPY_FMT_LEFT, 8, -1, "5       "sv}, // %-8d
    {5LL, 'd', RPY_FMT_LEFT, 0, 3, "005"sv}, // %-.3d
    {5LL, 'd', RPY_FMT_LEFT, 10, 4, "0005      "sv}, // %-10.4d
    {5LL, 'd', RPY_FMT_LEFT, 0, 0, "5"sv}, // %-.0d
    {5LL, 'd', RPY_FMT_PLUS, 0, -1, "+5"sv}, // %+d
    {5LL, 'd', RPY_FMT_PLUS, 8, -1, "      +5"sv}, // %+8d
    {5LL, 'd', RPY_FMT_PLUS, 0, 3, "+005"sv}, // %+.3d
    {5LL, 'd', RPY_FMT_PLUS, 10, 4, "     +0005"sv}, // %+10.4d
    {5LL, 'd', RPY_FMT_PLUS, 0, 0, "+5"sv}, // %+.0d
    {5LL, 'd', RPY_FMT_SPACE, 0, -1, " 5"sv}, // % d
    {5LL, 'd', RPY_FMT_SPACE, 8, -1, "       5"sv}, // % 8d
    {5LL, 'd', RPY_FMT_SPACE, 0, 3, " 005"sv}, // % .3d
    {5LL, 'd', RPY_FMT_SPACE, 10, 4, "      0005"sv}, // % 10.4d
    {5LL, 'd', RPY_FMT_SPACE, 0, 0, " 5"sv}, // % .0d
    {5LL, 'd', RPY_FMT_ZERO, 0, -1, "5"sv}, // %0d
    {5LL, 'd', RPY_FMT_ZERO, 8, -1, "00000005"sv}, // %08d
    {5LL, 'd', RPY_FMT_ZERO, 0, 3, "005"sv}, // %0.3d
    {5LL, 'd', RPY_FMT_ZERO, 10, 4, "0000000005"sv}, // %010.4d
    {5LL, 'd', RPY_FMT_ZERO, 0, 0, "5"sv}, // %0.0d
    {5LL, 'd', RPY_FMT_ALT, 0, -1, "5"sv}, // %#d
    {5LL, 'd', RPY_FMT_ALT, 8, -1, "       5"sv}, // %#8d
    {5LL, 'd', RPY_FMT_ALT, 0, 3, "005"sv}, // %#.3d
    {5LL, 'd', RPY_FMT_ALT, 10, 4, "      0005"sv}, // %#10.4d
    {5LL, 'd', RPY_FMT_ALT, 0, 0, "5"sv}, // %#.0d
    {5LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+5"sv}, // %+0d
    {5LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000005"sv}, // %+08d
    {5LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+005"sv}, // %+0.3d
    {5LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000005"sv}, // %+010.4d
    {5LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+5"sv}, // %+0.0d
    {5LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "5"sv}, // %-#d
    {5LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "5       "sv}, // %-#8d
    {5LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "005"sv}, // %-#.3d
    {5LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0005      "sv}, // %-#10.4d
    {5LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "5"sv}, // %-#.0d
    {5LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "5"sv}, // %#0d
    {5LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00000005"sv}, // %#08d
    {5LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "005"sv}, // %#0.3d
    {5LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000000005"sv}, // %#010.4d
    {5LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "5"sv}, // %#0.0d
    {5LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 5"sv}, // % 0d
    {5LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000005"sv}, // % 08d
    {5LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 005"sv}, // % 0.3d
    {5LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000005"sv}, // % 010.4d
    {5LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 5"sv}, // % 0.0d
    {5LL, 'i', 0, 0, -1, "5"sv}, // %i
    {5LL, 'i', 0, 8, -1, "       5"sv}, // %8i
    {5LL, 'i', 0, 0, 3, "005"sv}, // %.3i
    {5LL, 'i', 0, 10, 4, "      0005"sv}, // %10.4i
    {5LL, 'i', 0, 0, 0, "5"sv}, // %.0i
    {5LL, 'i', RPY_FMT_LEFT, 0, -1, "5"sv}, // %-i
    {5LL, 'i', RPY_FMT_LEFT, 8, -1, "5       "sv}, // %-8i
    {5LL, 'i', RPY_FMT_LEFT, 0, 3, "005"sv}, // %-.3i
    {5LL, 'i', RPY_FMT_LEFT, 10, 4, "0005      "sv}, // %-10.4i
    {5LL, 'i', RPY_FMT_LEFT, 0, 0, "5"sv}, // %-.0i
    {5LL, 'i', RPY_FMT_PLUS, 0, -1, "+5"sv}, // %+i
    {5LL, 'i', RPY_FMT_PLUS, 8, -1, "      +5"sv}, // %+8i
    {5LL, 'i', RPY_FMT_PLUS, 0, 3, "+005"sv}, // %+.3i
    {5LL, 'i', RPY_FMT_PLUS, 10, 4, "     +0005"sv}, // %+10.4i
    {5LL, 'i', RPY_FMT_PLUS, 0, 0, "+5"sv}, // %+.0i
    {5LL, 'i', RPY_FMT_SPACE, 0, -1, " 5"sv}, // % i
    {5LL, 'i', RPY_FMT_SPACE, 8, -1, "       5"sv}, // % 8i
    {5LL, 'i', RPY_FMT_SPACE, 0, 3, " 005"sv}, // % .3i
    {5LL, 'i', RPY_FMT_SPACE, 10, 4, "      0005"sv}, // % 10.4i
    {5LL, 'i', RPY_FMT_SPACE, 0, 0, " 5"sv}, // % .0i
    {5LL, 'i', RPY_FMT_ZERO, 0, -1, "5"sv}, // %0i
    {5LL, 'i', RPY_FMT_ZERO, 8, -1, "00000005"sv}, // %08i
    {5LL, 'i', RPY_FMT_ZERO, 0, 3, "005"sv}, // %0.3i
    {5LL, 'i', RPY_FMT_ZERO, 10, 4, "0000000005"sv}, // %010.4i
    {5LL, 'i', RPY_FMT_ZERO, 0, 0, "5"sv}, // %0.0i
    {5LL, 'i', RPY_FMT_ALT, 0, -1, "5"sv}, // %#i
    {5LL, 'i', RPY_FMT_ALT, 8, -1, "       5"sv}, // %#8i
    {5LL, 'i', RPY_FMT_ALT, 0, 3, "005"sv}, // %#.3i
    {5LL, 'i', RPY_FMT_ALT, 10, 4, "      0005"sv}, // %#10.4i
    {5LL, 'i', RPY_FMT_ALT, 0, 0, "5"sv}, // %#.0i
    {5LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+5"sv}, // %+0i
    {5LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000005"sv}, // %+08i
    {5LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+005"sv}, // %+0.3i
    {5LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000005"sv}, // %+010.4i
    {5LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+5"sv}, // %+0.0i
    {5LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "5"sv}, // %-#i
    {5LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "5       "sv}, // %-#8i
    {5LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "005"sv}, // %-#.3i
    {5LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0005      "sv}, // %-#10.4i
    {5LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "5"sv}, // %-#.0i
    {5LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "5"sv}, // %#0i
    {5LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00000005"sv}, // %#08i
    {5LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "005"sv}, // %#0.3i
    {5LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000000005"sv}, // %#010.4i
    {5LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "5"sv}, // %#0.0i
    {5LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 5"sv}, // % 0i
    {5LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000005"sv}, // % 08i
    {5LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 005"sv}, // % 0.3i
    {5LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000005"sv}, // % 010.4i
    {5LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 5"sv}, // % 0.0i
    {5LL, 'x', 0, 0, -1, "5"sv}, // %x
    {5LL, 'x', 0, 8, -1, "       5"sv}, // %8x
    {5LL, 'x', 0, 0, 3, "005"sv}, // %.3x
    {5LL, 'x', 0, 10, 4, "      0005"sv}, // %10.4x
    {5LL, 'x', 0, 0, 0, "5"sv}, // %.0x
    {5LL, 'x', RPY_FMT_LEFT, 0, -1, "5"sv}, // %-x
    {5LL, 'x', RPY_FMT_LEFT, 8, -1, "5       "sv}, // %-8x
    {5LL, 'x', RPY_FMT_LEFT, 0, 3, "005"sv}, // %-.3x
    {5LL, 'x', RPY_FMT_LEFT, 10, 4, "0005      "sv}, // %-10.4x
    {5LL, 'x', RPY_FMT_LEFT, 0, 0, "5"sv}, // %-.0x
    {5LL, 'x', RPY_FMT_PLUS, 0, -1, "+5"sv}, // %+x
    {5LL, 'x', RPY_FMT_PLUS, 8, -1, "      +5"sv}, // %+8x
    {5LL, 'x', RPY_FMT_PLUS, 0, 3, "+005"sv}, // %+.3x
    {5LL, 'x', RPY_FMT_PLUS, 10, 4, "     +0005"sv}, // %+10.4x
    {5LL, 'x', RPY_FMT_PLUS, 0, 0, "+5"sv}, // %+.0x
    {5LL, 'x', RPY_FMT_SPACE, 0, -1, " 5"sv}, // % x
    {5LL, 'x', RPY_FMT_SPACE, 8, -1, "       5"sv}, // % 8x
    {5LL, 'x', RPY_FMT_SPACE, 0, 3, " 005"sv}, // % .3x
    {5LL, 'x', RPY_FMT_SPACE, 10, 4, "      0005"sv}, // % 10.4x
    {5LL, 'x', RPY_FMT_SPACE, 0, 0, " 5"sv}, // % .0x
    {5LL, 'x', RPY_FMT_ZERO, 0, -1, "5"sv}, // %0x
    {5LL, 'x', RPY_FMT_ZERO, 8, -1, "00000005"sv}, // %08x
    {5LL, 'x', RPY_FMT_ZERO, 0, 3, "005"sv}, // %0.3x
    {5LL, 'x', RPY_FMT_ZERO, 10, 4, "0000000005"sv}, // %010.4x
    {5LL, 'x', RPY_FMT_ZERO, 0, 0, "5"sv}, // %0.0x
    {5LL, 'x', RPY_FMT_ALT, 0, -1, "0x5"sv}, // %#x
    {5LL, 'x', RPY_FMT_ALT, 8, -1, "     0x5"sv}, // %#8x
    {5LL, 'x', RPY_FMT_ALT, 0, 3, "0x005"sv}, // %#.3x
    {5LL, 'x', RPY_FMT_ALT, 10, 4, "    0x0005"sv}, // %#10.4x
    {5LL, 'x', RPY_FMT_ALT, 0, 0, "0x5"sv}, // %#.0x
    {5LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+5"sv}, // %+0x
    {5LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000005"sv}, // %+08x
    {5LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+005"sv}, // %+0.3x
    {5LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000005"sv}, // %+010.4x
    {5LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+5"sv}, // %+0.0x
    {5LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0x5"sv}, // %-#x
    {5LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0x5     "sv}, // %-#8x
    {5LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0x005"sv}, // %-#.3x
    {5LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0x0005    "sv}, // %-#10.4x
    {5LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0x5"sv}, // %-#.0x
    {5LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0x5"sv}, // %#0x
    {5LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0x000005"sv}, // %#08x
    {5LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0x005"sv}, // %#0.3x
    {5LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0x00000005"sv}, // %#010.4x
    {5LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0x5"sv}, // %#0.0x
    {5LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 5"sv}, // % 0x
    {5LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000005"sv}, // % 08x
    {5LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 005"sv}, // % 0.3x
    {5LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000005"sv}, // % 010.4x
    {5LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 5"sv}, // % 0.0x
    {5LL, 'X', 0, 0, -1, "5"sv}, // %X
    {5LL, 'X', 0, 8, -1, "       5"sv}, // %8X
    {5LL, 'X', 0, 0, 3, "005"sv}, // %.3X
    {5LL, 'X', 0, 10, 4, "      0005"sv}, // %10.4X
    {5LL, 'X', 0, 0, 0, "5"sv}, // %.0X
    {5LL, 'X', RPY_FMT_LEFT, 0, -1, "5"sv}, // %-X
    {5LL, 'X', RPY_FMT_LEFT, 8, -1, "5       "sv}, // %-8X
    {5LL, 'X', RPY_FMT_LEFT, 0, 3, "005"sv}, // %-.3X
    {5LL, 'X', RPY_FMT_LEFT, 10, 4, "0005      "sv}, // %-10.4X
    {5LL, 'X', RPY_FMT_LEFT, 0, 0, "5"sv}, // %-.0X
    {5LL, 'X', RPY_FMT_PLUS, 0, -1, "+5"sv}, // %+X
    {5LL, 'X', RPY_FMT_PLUS, 8, -1, "      +5"sv}, // %+8X
    {5LL, 'X', RPY_FMT_PLUS, 0, 3, "+005"sv}, // %+.3X
    {5LL, 'X', RPY_FMT_PLUS, 10, 4, "     +0005"sv}, // %+10.4X
    {5LL, 'X', RPY_FMT_PLUS, 0, 0, "+5"sv}, // %+.0X
    {5LL, 'X', RPY_FMT_SPACE, 0, -1, " 5"sv}, // % X
    {5LL, 'X', RPY_FMT_SPACE, 8, -1, "       5"sv}, // % 8X
    {5LL, 'X', RPY_FMT_SPACE, 0, 3, " 005"sv}, // % .3X
    {5LL, 'X', RPY_FMT_SPACE, 10, 4, "      0005"sv}, // % 10.4X
    {5LL, 'X', RPY_FMT_SPACE, 0, 0, " 5"sv}, // % .0X
    {5LL, 'X', RPY_FMT_ZERO, 0, -1, "5"sv}, // %0X
    {5LL, 'X', RPY_FMT_ZERO, 8, -1, "00000005"sv}, // %08X
    {5LL, 'X', RPY_FMT_ZERO, 0, 3, "005"sv}, // %0.3X
    {5LL, 'X', RPY_FMT_ZERO, 10, 4, "0000000005"sv}, // %010.4X
    {5LL, 'X', RPY_FMT_ZERO, 0, 0, "5"sv}, // %0.0X
    {5LL, 'X', RPY_FMT_ALT, 0, -1, "0X5"sv}, // %#X
    {5LL, 'X', RPY_FMT_ALT, 8, -1, "     0X5"sv}, // %#8X
    {5LL, 'X', RPY_FMT_ALT, 0, 3, "0X005"sv}, // %#.3X
    {5LL, 'X', RPY_FMT_ALT, 10, 4, "    0X0005"sv}, // %#10.4X
    {5LL, 'X', RPY_FMT_ALT, 0, 0, "0X5"sv}, // %#.0X
    {5LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+5"sv}, // %+0X
    {5LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000005"sv}, // %+08X
    {5LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+005"sv}, // %+0.3X
    {5LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000005"sv}, // %+010.4X
    {5LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+5"sv}, // %+0.0X
    {5LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0X5"sv}, // %-#X
    {5LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0X5     "sv}, // %-#8X
    {5LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0X005"sv}, // %-#.3X
    {5LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0X0005    "sv}, // %-#10.4X
    {5LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0X5"sv}, // %-#.0X
    {5LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0X5"sv}, // %#0X
    {5LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0X000005"sv}, // %#08X
    {5LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0X005"sv}, // %#0.3X
    {5LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0X00000005"sv}, // %#010.4X
    {5LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0X5"sv}, // %#0.0X
    {5LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 5"sv}, // % 0X
    {5LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000005"sv}, // % 08X
    {5LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 005"sv}, // % 0.3X
    {5LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000005"sv}, // % 010.4X
    {5LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 5"sv}, // % 0.0X
    {5LL, 'o', 0, 0, -1, "5"sv}, // %o
    {5LL, 'o', 0, 8, -1, "       5"sv}, // %8o
    {5LL, 'o', 0, 0, 3, "005"sv}, // %.3o
    {5LL, 'o', 0, 10, 4, "      0005"sv}, // %10.4o
    {5LL, 'o', 0, 0, 0, "5"sv}, // %.0o
    {5LL, 'o', RPY_FMT_LEFT, 0, -1, "5"sv}, // %-o
    {5LL, 'o', RPY_FMT_LEFT, 8, -1, "5       "sv}, // %-8o
    {5LL, 'o', RPY_FMT_LEFT, 0, 3, "005"sv}, // %-.3o
    {5LL, 'o', RPY_FMT_LEFT, 10, 4, "0005      "sv}, // %-10.4o
    {5LL, 'o', RPY_FMT_LEFT, 0, 0, "5"sv}, // %-.0o
    {5LL, 'o', RPY_FMT_PLUS, 0, -1, "+5"sv}, // %+o
    {5LL, 'o', RPY_FMT_PLUS, 8, -1, "      +5"sv}, // %+8o
    {5LL, 'o', RPY_FMT_PLUS, 0, 3, "+005"sv}, // %+.3o
    {5LL, 'o', RPY_FMT_PLUS, 10, 4, "     +0005"sv}, // %+10.4o
    {5LL, 'o', RPY_FMT_PLUS, 0, 0, "+5"sv}, // %+.0o
    {5LL, 'o', RPY_FMT_SPACE, 0, -1, " 5"sv}, // % o
    {5LL, 'o', RPY_FMT_SPACE, 8, -1, "       5"sv}, // % 8o
    {5LL, 'o', RPY_FMT_SPACE, 0, 3, " 005"sv}, // % .3o
    {5LL, 'o', RPY_FMT_SPACE, 10, 4, "      0005"sv}, // % 10.4o
    {5LL, 'o', RPY_FMT_SPACE, 0, 0, " 5"sv}, // % .0o
    {5LL, 'o', RPY_FMT_ZERO, 0, -1, "5"sv}, // %0o
    {5LL, 'o', RPY_FMT_ZERO, 8, -1, "00000005"sv}, // %08o
    {5LL, 'o', RPY_FMT_ZERO, 0, 3, "005"sv}, // %0.3o
    {5LL, 'o', RPY_FMT_ZERO, 10, 4, "0000000005"sv}, // %010.4o
    {5LL, 'o', RPY_FMT_ZERO, 0, 0, "5"sv}, // %0.0o
    {5LL, 'o', RPY_FMT_ALT, 0, -1, "0o5"sv}, // %#o
    {5LL, 'o', RPY_FMT_ALT, 8, -1, "     0o5"sv}, // %#8o
    {5LL, 'o', RPY_FMT_ALT, 0, 3, "0o005"sv}, // %#.3o
    {5LL, 'o', RPY_FMT_ALT, 10, 4, "    0o0005"sv}, // %#10.4o
    {5LL, 'o', RPY_FMT_ALT, 0, 0, "0o5"sv}, // %#.0o
    {5LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+5"sv}, // %+0o
    {5LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000005"sv}, // %+08o
    {5LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+005"sv}, // %+0.3o
    {5LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000005"sv}, // %+010.4o
    {5LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+5"sv}, // %+0.0o
    {5LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0o5"sv}, // %-#o
    {5LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0o5     "sv}, // %-#8o
    {5LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0o005"sv}, // %-#.3o
    {5LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0o0005    "sv}, // %-#10.4o
    {5LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0o5"sv}, // %-#.0o
    {5LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0o5"sv}, // %#0o
    {5LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0o000005"sv}, // %#08o
    {5LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0o005"sv}, // %#0.3o
    {5LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0o00000005"sv}, // %#010.4o
    {5LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0o5"sv}, // %#0.0o
    {5LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 5"sv}, // % 0o
    {5LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000005"sv}, // % 08o
    {5LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 005"sv}, // % 0.3o
    {5LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000005"sv}, // % 010.4o
    {5LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 5"sv}, // % 0.0o
    {5LL, 'e', 0, 0, -1, "5.000000e+00"sv}, // %e
    {5LL, 'e', 0, 8, -1, "5.000000e+00"sv}, // %8e
    {5LL, 'e', 0, 0, 3, "5.000e+00"sv}, // %.3e
    {5LL, 'e', 0, 10, 4, "5.0000e+00"sv}, // %10.4e
    {5LL, 'e', 0, 0, 0, "5e+00"sv}, // %.0e
    {5LL, 'e', RPY_FMT_LEFT, 0, -1, "5.000000e+00"sv}, // %-e
    {5LL, 'e', RPY_FMT_LEFT, 8, -1, "5.000000e+00"sv}, // %-8e
    {5LL, 'e', RPY_FMT_LEFT, 0, 3, "5.000e+00"sv}, // %-.3e
    {5LL, 'e', RPY_FMT_LEFT, 10, 4, "5.0000e+00"sv}, // %-10.4e
    {5LL, 'e', RPY_FMT_LEFT, 0, 0, "5e+00"sv}, // %-.0e
    {5LL, 'e', RPY_FMT_PLUS, 0, -1, "+5.000000e+00"sv}, // %+e
    {5LL, 'e', RPY_FMT_PLUS, 8, -1, "+5.000000e+00"sv}, // %+8e
    {5LL, 'e', RPY_FMT_PLUS, 0, 3, "+5.000e+00"sv}, // %+.3e
    {5LL, 'e', RPY_FMT_PLUS, 10, 4, "+5.0000e+00"sv}, // %+10.4e
    {5LL, 'e', RPY_FMT_PLUS, 0, 0, "+5e+00"sv}, // %+.0e
    {5LL, 'e', RPY_FMT_SPACE, 0, -1, " 5.000000e+00"sv}, // % e
    {5LL, 'e', RPY_FMT_SPACE, 8, -1, " 5.000000e+00"sv}, // % 8e
    {5LL, 'e', RPY_FMT_SPACE, 0, 3, " 5.000e+00"sv}, // % .3e
    {5LL, 'e', RPY_FMT_SPACE, 10, 4, " 5.0000e+00"sv}, // % 10.4e
    {5LL, 'e', RPY_FMT_SPACE, 0, 0, " 5e+00"sv}, // % .0e
    {5LL, 'e', RPY_FMT_ZERO, 0, -1, "5.000000e+00"sv}, // %0e
    {5LL, 'e', RPY_FMT_ZERO, 8, -1, "5.000000e+00"sv}, // %08e
    {5LL, 'e', RPY_FMT_ZERO, 0, 3, "5.000e+00"sv}, // %0.3e
    {5LL, 'e', RPY_FMT_ZERO, 10, 4, "5.0000e+00"sv}, // %010.4e
    {5LL, 'e', RPY_FMT_ZERO, 0, 0, "5e+00"sv}, // %0.0e
    {5LL, 'e', RPY_FMT_ALT, 0, -1, "5.000000e+00"sv}, // %#e
    {5LL, 'e', RPY_FMT_ALT, 8, -1, "5.000000e+00"sv}, // %#8e
    {5LL, 'e', RPY_FMT_ALT, 0, 3, "5.000e+00"sv}, // %#.3e
    {5LL, 'e', RPY_FMT_ALT, 10, 4, "5.0000e+00"sv}, // %#10.4e
    {5LL, 'e', RPY_FMT_ALT, 0, 0, "5.e+00"sv}, // %#.0e
    {5LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+5.000000e+00"sv}, // %+0e
    {5LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+5.000000e+00"sv}, // %+08e
    {5LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+5.000e+00"sv}, // %+0.3e
    {5LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+5.0000e+00"sv}, // %+010.4e
    {5LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+5e+00"sv}, // %+0.0e
    {5LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "5.000000e+00"sv}, // %-#e
    {5LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "5.000000e+00"sv}, // %-#8e
    {5LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "5.000e+00"sv}, // %-#.3e
    {5LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "5.0000e+00"sv}, // %-#10.4e
    {5LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "5.e+00"sv}, // %-#.0e
    {5LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "5.000000e+00"sv}, // %#0e
    {5LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "5.000000e+00"sv}, // %#08e
    {5LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "5.000e+00"sv}, // %#0.3e
    {5LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "5.0000e+00"sv}, // %#010.4e
    {5LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "5.e+00"sv}, // %#0.0e
    {5LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 5.000000e+00"sv}, // % 0e
    {5LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 5.000000e+00"sv}, // % 08e
    {5LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 5.000e+00"sv}, // % 0.3e
    {5LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 5.0000e+00"sv}, // % 010.4e
    {5LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 5e+00"sv}, // % 0.0e
    {5LL, 'E', 0, 0, -1, "5.000000E+00"sv}, // %E
    {5LL, 'E', 0, 8, -1, "5.000000E+00"sv}, // %8E
    {5LL, 'E', 0, 0, 3, "5.000E+00"sv}, // %.3E
    {5LL, 'E', 0, 10, 4, "5.0000E+00"sv}, // %10.4E
    {5LL, 'E', 0, 0, 0, "5E+00"sv}, // %.0E
    {5LL, 'E', RPY_FMT_LEFT, 0, -1, "5.000000E+00"sv}, // %-E
    {5LL, 'E', RPY_FMT_LEFT, 8, -1, "5.000000E+00"sv}, // %-8E
    {5LL, 'E', RPY_FMT_LEFT, 0, 3, "5.000E+00"sv}, // %-.3E
    {5LL, 'E', RPY_FMT_LEFT, 10, 4, "5.0000E+00"sv}, // %-10.4E
    {5LL, 'E', RPY_FMT_LEFT, 0, 0, "5E+00"sv}, // %-.0E
    {5LL, 'E', RPY_FMT_PLUS, 0, -1, "+5.000000E+00"sv}, // %+E
    {5LL, 'E', RPY_FMT_PLUS, 8, -1, "+5.000000E+00"sv}, // %+8E
    {5LL, 'E', RPY_FMT_PLUS, 0, 3, "+5.000E+00"sv}, // %+.3E
    {5LL, 'E', RPY_FMT_PLUS, 10, 4, "+5.0000E+00"sv}, // %+10.4E
    {5LL, 'E', RPY_FMT_PLUS, 0, 0, "+5E+00"sv}, // %+.0E
    {5LL, 'E', RPY_FMT_SPACE, 0, -1, " 5.000000E+00"sv}, // % E
    {5LL, 'E', RPY_FMT_SPACE, 8, -1, " 5.000000E+00"sv}, // % 8E
    {5LL, 'E', RPY_FMT_SPACE, 0, 3, " 5.000E+00"sv}, // % .3E
    {5LL, 'E', RPY_FMT_SPACE, 10, 4, " 5.0000E+00"sv}, // % 10.4E
    {5LL, 'E', RPY_FMT_SPACE, 0, 0, " 5E+00"sv}, // % .0E
    {5LL, 'E', RPY_FMT_ZERO, 0, -1, "5.000000E+00"sv}, // %0E
    {5LL, 'E', RPY_FMT_ZERO, 8, -1, "5.000000E+00"sv}, // %08E
    {5LL, 'E', RPY_FMT_ZERO, 0, 3, "5.000E+00"sv}, // %0.3E
    {5LL, 'E', RPY_FMT_ZERO, 10, 4, "5.0000E+00"sv}, // %010.4E
    {5LL, 'E', RPY_FMT_ZERO, 0, 0, "5E+00"sv}, // %0.0E
    {5LL, 'E', RPY_FMT_ALT, 0, -1, "5.000000E+00"sv}, // %#E
    {5LL, 'E', RPY_FMT_ALT, 8, -1, "5.000000E+00"sv}, // %#8E
    {5LL, 'E', RPY_FMT_ALT, 0, 3, "5.000E+00"sv}, // %#.3E
    {5LL, 'E', RPY_FMT_ALT, 10, 4, "5.0000E+00"sv}, // %#10.4E
    {5LL, 'E', RPY_FMT_ALT, 0, 0, "5.E+00"sv}, // %#.0E
    {5LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+5.000000E+00"sv}, // %+0E
    {5LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+5.000000E+00"sv}, // %+08E
    {5LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+5.000E+00"sv}, // %+0.3E
    {5LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+5.0000E+00"sv}, // %+010.4E
    {5LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+5E+00"sv}, // %+0.0E
    {5LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "5.000000E+00"sv}, // %-#E
    {5LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "5.000000E+00"sv}, // %-#8E
    {5LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "5.000E+00"sv}, // %-#.3E
    {5LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "5.0000E+00"sv}, // %-#10.4E
    {5LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "5.E+00"sv}, // %-#.0E
    {5LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "5.000000E+00"sv}, // %#0E
    {5LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "5.000000E+00"sv}, // %#08E
    {5LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "5.000E+00"sv}, // %#0.3E
    {5LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "5.0000E+00"sv}, // %#010.4E
    {5LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "5.E+00"sv}, // %#0.0E
    {5LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 5.000000E+00"sv}, // % 0E
    {5LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 5.000000E+00"sv}, // % 08E
    {5LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 5.000E+00"sv}, // % 0.3E
    {5LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 5.0000E+00"sv}, // % 010.4E
    {5LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 5E+00"sv}, // % 0.0E
    {5LL, 'f', 0, 0, -1, "5.000000"sv}, // %f
    {5LL, 'f', 0, 8, -1, "5.000000"sv}, // %8f
    {5LL, 'f', 0, 0, 3, "5.000"sv}, // %.3f
    {5LL, 'f', 0, 10, 4, "    5.0000"sv}, // %10.4f
    {5LL, 'f', 0, 0, 0, "5"sv}, // %.0f
    {5LL, 'f', RPY_FMT_LEFT, 0, -1, "5.000000"sv}, // %-f
    {5LL, 'f', RPY_FMT_LEFT, 8, -1, "5.000000"sv}, // %-8f
    {5LL, 'f', RPY_FMT_LEFT, 0, 3, "5.000"sv}, // %-.3f
    {5LL, 'f', RPY_FMT_LEFT, 10, 4, "5.0000    "sv}, // %-10.4f
    {5LL, 'f', RPY_FMT_LEFT, 0, 0, "5"sv}, // %-.0f
    {5LL, 'f', RPY_FMT_PLUS, 0, -1, "+5.000000"sv}, // %+f
    {5LL, 'f', RPY_FMT_PLUS, 8, -1, "+5.000000"sv}, // %+8f
    {5LL, 'f', RPY_FMT_PLUS, 0, 3, "+5.000"sv}, // %+.3f
    {5LL, 'f', RPY_FMT_PLUS, 10, 4, "   +5.0000"sv}, // %+10.4f
    {5LL, 'f', RPY_FMT_PLUS, 0, 0, "+5"sv}, // %+.0f
    {5LL, 'f', RPY_FMT_SPACE, 0, -1, " 5.000000"sv}, // % f
    {5LL, 'f', RPY_FMT_SPACE, 8, -1, " 5.000000"sv}, // % 8f
    {5LL, 'f', RPY_FMT_SPACE, 0, 3, " 5.000"sv}, // % .3f
    {5LL, 'f', RPY_FMT_SPACE, 10, 4, "    5.0000"sv}, // % 10.4f
    {5LL, 'f', RPY_FMT_SPACE, 0, 0, " 5"sv}, // % .0f
    {5LL, 'f', RPY_FMT_ZERO, 0, -1, "5.000000"sv}, // %0f
    {5LL, 'f', RPY_FMT_ZERO, 8, -1, "5.000000"sv}, // %08f
    {5LL, 'f', RPY_FMT_ZERO, 0, 3, "5.000"sv}, // %0.3f
    {5LL, 'f', RPY_FMT_ZERO, 10, 4, "00005.0000"sv}, // %010.4f
    {5LL, 'f', RPY_FMT_ZERO, 0, 0, "5"sv}, // %0.0f
    {5LL, 'f', RPY_FMT_ALT, 0, -1, "5.000000"sv}, // %#f
    {5LL, 'f', RPY_FMT_ALT, 8, -1, "5.000000"sv}, // %#8f
    {5LL, 'f', RPY_FMT_ALT, 0, 3, "5.000"sv}, // %#.3f
    {5LL, 'f', RPY_FMT_ALT, 10, 4, "    5.0000"sv}, // %#10.4f
    {5LL, 'f', RPY_FMT_ALT, 0, 0, "5."sv}, // %#.0f
    {5LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+5.000000"sv}, // %+0f
    {5LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+5.000000"sv}, // %+08f
    {5LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+5.000"sv}, // %+0.3f
    {5LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+0005.0000"sv}, // %+010.4f
    {5LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+5"sv}, // %+0.0f
    {5LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "5.000000"sv}, // %-#f
    {5LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "5.000000"sv}, // %-#8f
    {5LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "5.000"sv}, // %-#.3f
    {5LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "5.0000    "sv}, // %-#10.4f
    {5LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "5."sv}, // %-#.0f
    {5LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "5.000000"sv}, // %#0f
    {5LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "5.000000"sv}, // %#08f
    {5LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "5.000"sv}, // %#0.3f
    {5LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "00005.0000"sv}, // %#010.4f
    {5LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "5."sv}, // %#0.0f
    {5LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 5.000000"sv}, // % 0f
    {5LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 5.000000"sv}, // % 08f
    {5LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 5.000"sv}, // % 0.3f
    {5LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 0005.0000"sv}, // % 010.4f
    {5LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 5"sv}, // % 0.0f
    {5LL, 'g', 0, 0, -1, "5"sv}, // %g
    {5LL, 'g', 0, 8, -1, "       5"sv}, // %8g
    {5LL, 'g', 0, 0, 3, "5"sv}, // %.3g
    {5LL, 'g', 0, 10, 4, "         5"sv}, // %10.4g
    {5LL, 'g', 0, 0, 0, "5"sv}, // %.0g
    {5LL, 'g', RPY_FMT_LEFT, 0, -1, "5"sv}, // %-g
    {5LL, 'g', RPY_FMT_LEFT, 8, -1, "5       "sv}, // %-8g
    {5LL, 'g', RPY_FMT_LEFT, 0, 3, "5"sv}, // %-.3g
    {5LL, 'g', RPY_FMT_LEFT, 10, 4, "5         "sv}, // %-10.4g
    {5LL, 'g', RPY_FMT_LEFT, 0, 0, "5"sv}, // %-.0g
    {5LL, 'g', RPY_FMT_PLUS, 0, -1, "+5"sv}, // %+g
    {5LL, 'g', RPY_FMT_PLUS, 8, -1, "      +5"sv}, // %+8g
    {5LL, 'g', RPY_FMT_PLUS, 0, 3, "+5"sv}, // %+.3g
    {5LL, 'g', RPY_FMT_PLUS, 10, 4, "        +5"sv}, // %+10.4g
    {5LL, 'g', RPY_FMT_PLUS, 0, 0, "+5"sv}, // %+.0g
    {5LL, 'g', RPY_FMT_SPACE, 0, -1, " 5"sv}, // % g
    {5LL, 'g', RPY_FMT_SPACE, 8, -1, "       5"sv}, // % 8g
    {5LL, 'g', RPY_FMT_SPACE, 0, 3, " 5"sv}, // % .3g
    {5LL, 'g', RPY_FMT_SPACE, 10, 4, "         5"sv}, // % 10.4g
    {5LL, 'g', RPY_FMT_SPACE, 0, 0, " 5"sv}, // % .0g
    {5LL, 'g', RPY_FMT_ZERO, 0, -1, "5"sv}, // %0g
    {5LL, 'g', RPY_FMT_ZERO, 8, -1, "00000005"sv}, // %08g
    {5LL, 'g', RPY_FMT_ZERO, 0, 3, "5"sv}, // %0.3g
    {5LL, 'g', RPY_FMT_ZERO, 10, 4, "0000000005"sv}, // %010.4g
    {5LL, 'g', RPY_FMT_ZERO, 0, 0, "5"sv}, // %0.0g
    {5LL, 'g', RPY_FMT_ALT, 0, -1, "5.00000"sv}, // %#g
    {5LL, 'g', RPY_FMT_ALT, 8, -1, " 5.00000"sv}, // %#8g
    {5LL, 'g', RPY_FMT_ALT, 0, 3, "5.00"sv}, // %#.3g
    {5LL, 'g', RPY_FMT_ALT, 10, 4, "     5.000"sv}, // %#10.4g
    {5LL, 'g', RPY_FMT_ALT, 0, 0, "5."sv}, // %#.0g
    {5LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+5"sv}, // %+0g
    {5LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000005"sv}, // %+08g
    {5LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+5"sv}, // %+0.3g
    {5LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000005"sv}, // %+010.4g
    {5LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+5"sv}, // %+0.0g
    {5LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "5.00000"sv}, // %-#g
    {5LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "5.00000 "sv}, // %-#8g
    {5LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "5.00"sv}, // %-#.3g
    {5LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "5.000     "sv}, // %-#10.4g
    {5LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "5."sv}, // %-#.0g
    {5LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "5.00000"sv}, // %#0g
    {5LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "05.00000"sv}, // %#08g
    {5LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "5.00"sv}, // %#0.3g
    {5LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "000005.000"sv}, // %#010.4g
    {5LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "5."sv}, // %#0.0g
    {5LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 5"sv}, // % 0g
    {5LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000005"sv}, // % 08g
    {5LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 5"sv}, // % 0.3g
    {5LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000005"sv}, // % 010.4g
    {5LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 5"sv}, // % 0.0g
    {5LL, 'G', 0, 0, -1, "5"sv}, // %G
    {5LL, 'G', 0, 8, -1, "       5"sv}, // %8G
    {5LL, 'G', 0, 0, 3, "5"sv}, // %.3G
    {5LL, 'G', 0, 10, 4, "         5"sv}, // %10.4G
    {5LL, 'G', 0, 0, 0, "5"sv}, // %.0G
    {5LL, 'G', RPY_FMT_LEFT, 0, -1, "5"sv}, // %-G
    {5LL, 'G', RPY_FMT_LEFT, 8, -1, "5       "sv}, // %-8G
    {5LL, 'G', RPY_FMT_LEFT, 0, 3, "5"sv}, // %-.3G
    {5LL, 'G', RPY_FMT_LEFT, 10, 4, "5         "sv}, // %-10.4G
    {5LL, 'G', RPY_FMT_LEFT, 0, 0, "5"sv}, // %-.0G
    {5LL, 'G', RPY_FMT_PLUS, 0, -1, "+5"sv}, // %+G
    {5LL, 'G', RPY_FMT_PLUS, 8, -1, "      +5"sv}, // %+8G
    {5LL, 'G', RPY_FMT_PLUS, 0, 3, "+5"sv}, // %+.3G
    {5LL, 'G', RPY_FMT_PLUS, 10, 4, "        +5"sv}, // %+10.4G
    {5LL, 'G', RPY_FMT_PLUS, 0, 0, "+5"sv}, // %+.0G
    {5LL, 'G', RPY_FMT_SPACE, 0, -1, " 5"sv}, // % G
    {5LL, 'G', RPY_FMT_SPACE, 8, -1, "       5"sv}, // % 8G
    {5LL, 'G', RPY_FMT_SPACE, 0, 3, " 5"sv}, // % .3G
    {5LL, 'G', RPY_FMT_SPACE, 10, 4, "         5"sv}, // % 10.4G
    {5LL, 'G', RPY_FMT_SPACE, 0, 0, " 5"sv}, // % .0G
    {5LL, 'G', RPY_FMT_ZERO, 0, -1, "5"sv}, // %0G
    {5LL, 'G', RPY_FMT_ZERO, 8, -1, "00000005"sv}, // %08G
    {5LL, 'G', RPY_FMT_ZERO, 0, 3, "5"sv}, // %0.3G
    {5LL, 'G', RPY_FMT_ZERO, 10, 4, "0000000005"sv}, // %010.4G
    {5LL, 'G', RPY_FMT_ZERO, 0, 0, "5"sv}, // %0.0G
    {5LL, 'G', RPY_FMT_ALT, 0, -1, "5.00000"sv}, // %#G
    {5LL, 'G', RPY_FMT_ALT, 8, -1, " 5.00000"sv}, // %#8G
    {5LL, 'G', RPY_FMT_ALT, 0, 3, "5.00"sv}, // %#.3G
    {5LL, 'G', RPY_FMT_ALT, 10, 4, "     5.000"sv}, // %#10.4G
    {5LL, 'G', RPY_FMT_ALT, 0, 0, "5."sv}, // %#.0G
    {5LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+5"sv}, // %+0G
    {5LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000005"sv}, // %+08G
    {5LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+5"sv}, // %+0.3G
    {5LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000005"sv}, // %+010.4G
    {5LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+5"sv}, // %+0.0G
    {5LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "5.00000"sv}, // %-#G
    {5LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "5.00000 "sv}, // %-#8G
    {5LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "5.00"sv}, // %-#.3G
    {5LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "5.000     "sv}, // %-#10.4G
    {5LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "5."sv}, // %-#.0G
    {5LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "5.00000"sv}, // %#0G
    {5LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "05.00000"sv}, // %#08G
    {5LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "5.00"sv}, // %#0.3G
    {5LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "000005.000"sv}, // %#010.4G
    {5LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "5."sv}, // %#0.0G
    {5LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 5"sv}, // % 0G
    {5LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000005"sv}, // % 08G
    {5LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 5"sv}, // % 0.3G
    {5LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000005"sv}, // % 010.4G
    {5LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 5"sv}, // % 0.0G
    {5LL, 's', 0, 0, -1, "5"sv}, // %s
    {5LL, 's', 0, 8, -1, "       5"sv}, // %8s
    {5LL, 's', 0, 0, 3, "5"sv}, // %.3s
    {5LL, 's', 0, 10, 4, "         5"sv}, // %10.4s
    {5LL, 's', 0, 0, 0, ""sv}, // %.0s
    {5LL, 's', RPY_FMT_LEFT, 0, -1, "5"sv}, // %-s
    {5LL, 's', RPY_FMT_LEFT, 8, -1, "5       "sv}, // %-8s
    {5LL, 's', RPY_FMT_LEFT, 0, 3, "5"sv}, // %-.3s
    {5LL, 's', RPY_FMT_LEFT, 10, 4, "5         "sv}, // %-10.4s
    {5LL, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {5LL, 's', RPY_FMT_PLUS, 0, -1, "5"sv}, // %+s
    {5LL, 's', RPY_FMT_PLUS, 8, -1, "       5"sv}, // %+8s
    {5LL, 's', RPY_FMT_PLUS, 0, 3, "5"sv}, // %+.3s
    {5LL, 's', RPY_FMT_PLUS, 10, 4, "         5"sv}, // %+10.4s
    {5LL, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {5LL, 's', RPY_FMT_SPACE, 0, -1, "5"sv}, // % s
    {5LL, 's', RPY_FMT_SPACE, 8, -1, "       5"sv}, // % 8s
    {5LL, 's', RPY_FMT_SPACE, 0, 3, "5"sv}, // % .3s
    {5LL, 's', RPY_FMT_SPACE, 10, 4, "         5"sv}, // % 10.4s
    {5LL, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {5LL, 's', RPY_FMT_ZERO, 0, -1, "5"sv}, // %0s
    {5LL, 's', RPY_FMT_ZERO, 8, -1, "       5"sv}, // %08s
    {5LL, 's', RPY_FMT_ZERO, 0, 3, "5"sv}, // %0.3s
    {5LL, 's', RPY_FMT_ZERO, 10, 4, "         5"sv}, // %010.4s
    {5LL, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {5LL, 's', RPY_FMT_ALT, 0, -1, "5"sv}, // %#s
    {5LL, 's', RPY_FMT_ALT, 8, -1, "       5"sv}, // %#8s
    {5LL, 's', RPY_FMT_ALT, 0, 3, "5"sv}, // %#.3s
    {5LL, 's', RPY_FMT_ALT, 10, 4, "         5"sv}, // %#10.4s
    {5LL, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {5LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "5"sv}, // %+0s
    {5LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "       5"sv}, // %+08s
    {5LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "5"sv}, // %+0.3s
    {5LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "         5"sv}, // %+010.4s
    {5LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {5LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "5"sv}, // %-#s
    {5LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "5       "sv}, // %-#8s
    {5LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "5"sv}, // %-#.3s
    {5LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "5         "sv}, // %-#10.4s
    {5LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {5LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "5"sv}, // %#0s
    {5LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "       5"sv}, // %#08s
    {5LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "5"sv}, // %#0.3s
    {5LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "         5"sv}, // %#010.4s
    {5LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0s
    {5LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "5"sv}, // % 0s
    {5LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "       5"sv}, // % 08s
    {5LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "5"sv}, // % 0.3s
    {5LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "         5"sv}, // % 010.4s
    {5LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0s
    {5LL, 'r', 0, 0, -1, "5"sv}, // %r
    {5LL, 'r', 0, 8, -1, "       5"sv}, // %8r
    {5LL, 'r', 0, 0, 3, "5"sv}, // %.3r
    {5LL, 'r', 0, 10, 4, "         5"sv}, // %10.4r
    {5LL, 'r', 0, 0, 0, ""sv}, // %.0r
    {5LL, 'r', RPY_FMT_LEFT, 0, -1, "5"sv}, // %-r
    {5LL, 'r', RPY_FMT_LEFT, 8, -1, "5       "sv}, // %-8r
    {5LL, 'r', RPY_FMT_LEFT, 0, 3, "5"sv}, // %-.3r
    {5LL, 'r', RPY_FMT_LEFT, 10, 4, "5         "sv}, // %-10.4r
    {5LL, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {5LL, 'r', RPY_FMT_PLUS, 0, -1, "5"sv}, // %+r
    {5LL, 'r', RPY_FMT_PLUS, 8, -1, "       5"sv}, // %+8r
    {5LL, 'r', RPY_FMT_PLUS, 0, 3, "5"sv}, // %+.3r
    {5LL, 'r', RPY_FMT_PLUS, 10, 4, "         5"sv}, // %+10.4r
    {5LL, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {5LL, 'r', RPY_FMT_SPACE, 0, -1, "5"sv}, // % r
    {5LL, 'r', RPY_FMT_SPACE, 8, -1, "       5"sv}, // % 8r
    {5LL, 'r', RPY_FMT_SPACE, 0, 3, "5"sv}, // % .3r
    {5LL, 'r', RPY_FMT_SPACE, 10, 4, "         5"sv}, // % 10.4r
    {5LL, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {5LL, 'r', RPY_FMT_ZERO, 0, -1, "5"sv}, // %0r
    {5LL, 'r', RPY_FMT_ZERO, 8, -1, "       5"sv}, // %08r
    {5LL, 'r', RPY_FMT_ZERO, 0, 3, "5"sv}, // %0.3r
    {5LL, 'r', RPY_FMT_ZERO, 10, 4, "         5"sv}, // %010.4r
    {5LL, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {5LL, 'r', RPY_FMT_ALT, 0, -1, "5"sv}, // %#r
    {5LL, 'r', RPY_FMT_ALT, 8, -1, "       5"sv}, // %#8r
    {5LL, 'r', RPY_FMT_ALT, 0, 3, "5"sv}, // %#.3r
    {5LL, 'r', RPY_FMT_ALT, 10, 4, "         5"sv}, // %#10.4r
    {5LL, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {5LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "5"sv}, // %+0r
    {5LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "       5"sv}, // %+08r
    {5LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "5"sv}, // %+0.3r
    {5LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "         5"sv}, // %+010.4r
    {5LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {5LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "5"sv}, // %-#r
    {5LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "5       "sv}, // %-#8r
    {5LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "5"sv}, // %-#.3r
    {5LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "5         "sv}, // %-#10.4r
    {5LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {5LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "5"sv}, // %#0r
    {5LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "       5"sv}, // %#08r
    {5LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "5"sv}, // %#0.3r
    {5LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "         5"sv}, // %#010.4r
    {5LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0r
    {5LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "5"sv}, // % 0r
    {5LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "       5"sv}, // % 08r
    {5LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "5"sv}, // % 0.3r
    {5LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "         5"sv}, // % 010.4r
    {5LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0r
    {5LL, 'c', 0, 0, -1, "\x05"""sv}, // %c
    {5LL, 'c', 0, 8, -1, "       \x05"""sv}, // %8c
    {5LL, 'c', 0, 0, 3, "\x05"""sv}, // %.3c
    {5LL, 'c', 0, 10, 4, "         \x05"""sv}, // %10.4c
    {5LL, 'c', 0, 0, 0, "\x05"""sv}, // %.0c
    {5LL, 'c', RPY_FMT_LEFT, 0, -1, "\x05"""sv}, // %-c
    {5LL, 'c', RPY_FMT_LEFT, 8, -1, "\x05""       "sv}, // %-8c
    {5LL, 'c', RPY_FMT_LEFT, 0, 3, "\x05"""sv}, // %-.3c
    {5LL, 'c', RPY_FMT_LEFT, 10, 4, "\x05""         "sv}, // %-10.4c
    {5LL, 'c', RPY_FMT_LEFT, 0, 0, "\x05"""sv}, // %-.0c
    {5LL, 'c', RPY_FMT_PLUS, 0, -1, "\x05"""sv}, // %+c
    {5LL, 'c', RPY_FMT_PLUS, 8, -1, "       \x05"""sv}, // %+8c
    {5LL, 'c', RPY_FMT_PLUS, 0, 3, "\x05"""sv}, // %+.3c
    {5LL, 'c', RPY_FMT_PLUS, 10, 4, "         \x05"""sv}, // %+10.4c
    {5LL, 'c', RPY_FMT_PLUS, 0, 0, "\x05"""sv}, // %+.0c
    {5LL, 'c', RPY_FMT_SPACE, 0, -1, "\x05"""sv}, // % c
    {5LL, 'c', RPY_FMT_SPACE, 8, -1, "       \x05"""sv}, // % 8c
    {5LL, 'c', RPY_FMT_SPACE, 0, 3, "\x05"""sv}, // % .3c
    {5LL, 'c', RPY_FMT_SPACE, 10, 4, "         \x05"""sv}, // % 10.4c
    {5LL, 'c', RPY_FMT_SPACE, 0, 0, "\x05"""sv}, // % .0c
    {5LL, 'c', RPY_FMT_ZERO, 0, -1, "\x05"""sv}, // %0c
    {5LL, 'c', RPY_FMT_ZERO, 8, -1, "       \x05"""sv}, // %08c
    {5LL, 'c', RPY_FMT_ZERO, 0, 3, "\x05"""sv}, // %0.3c
    {5LL, 'c', RPY_FMT_ZERO, 10, 4, "         \x05"""sv}, // %010.4c
    {5LL, 'c', RPY_FMT_ZERO, 0, 0, "\x05"""sv}, // %0.0c
    {5LL, 'c', RPY_FMT_ALT, 0, -1, "\x05"""sv}, // %#c
    {5LL, 'c', RPY_FMT_ALT, 8, -1, "       \x05"""sv}, // %#8c
    {5LL, 'c', RPY_FMT_ALT, 0, 3, "\x05"""sv}, // %#.3c
    {5LL, 'c', RPY_FMT_ALT, 10, 4, "         \x05"""sv}, // %#10.4c
    {5LL, 'c', RPY_FMT_ALT, 0, 0, "\x05"""sv}, // %#.0c
    {5LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "\x05"""sv}, // %+0c
    {5LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "       \x05"""sv}, // %+08c
    {5LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "\x05"""sv}, // %+0.3c
    {5LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "         \x05"""sv}, // %+010.4c
    {5LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "\x05"""sv}, // %+0.0c
    {5LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "\x05"""sv}, // %-#c
    {5LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "\x05""       "sv}, // %-#8c
    {5LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "\x05"""sv}, // %-#.3c
    {5LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "\x05""         "sv}, // %-#10.4c
    {5LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "\x05"""sv}, // %-#.0c
    {5LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "\x05"""sv}, // %#0c
    {5LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "       \x05"""sv}, // %#08c
    {5LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "\x05"""sv}, // %#0.3c
    {5LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "         \x05"""sv}, // %#010.4c
    {5LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "\x05"""sv}, // %#0.0c
    {5LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "\x05"""sv}, // % 0c
    {5LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "       \x05"""sv}, // % 08c
    {5LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "\x05"""sv}, // % 0.3c
    {5LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "         \x05"""sv}, // % 010.4c
    {5LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "\x05"""sv}, // % 0.0c
    {-5LL, 'd', 0, 0, -1, "-5"sv}, // %d
    {-5LL, 'd', 0, 8, -1, "      -5"sv}, // %8d
    {-5LL, 'd', 0, 0, 3, "-005"sv}, // %.3d
    {-5LL, 'd', 0, 10, 4, "     -0005"sv}, // %10.4d
    {-5LL, 'd', 0, 0, 0, "-5"sv}, // %.0d
    {-5LL, 'd', RPY_FMT_LEFT, 0, -1, "-5"sv}, // %-d
    {-5LL, 'd', RPY_FMT_LEFT, 8, -1, "-5      "sv}, // %-8d
    {-5LL, 'd', RPY_FMT_LEFT, 0, 3, "-005"sv}, // %-.3d
    {-5LL, 'd', RPY_FMT_LEFT, 10, 4, "-0005     "sv}, // %-10.4d
    {-5LL, 'd', RPY_FMT_LEFT, 0, 0, "-5"sv}, // %-.0d
    {-5LL, 'd', RPY_FMT_PLUS, 0, -1, "-5"sv}, // %+d
    {-5LL, 'd', RPY_FMT_PLUS, 8, -1, "      -5"sv}, // %+8d
    {-5LL, 'd', RPY_FMT_PLUS, 0, 3, "-005"sv}, // %+.3d
    {-5LL, 'd', RPY_FMT_PLUS, 10, 4, "     -0005"sv}, // %+10.4d
    {-5LL, 'd', RPY_FMT_PLUS, 0, 0, "-5"sv}, // %+.0d
    {-5LL, 'd', RPY_FMT_SPACE, 0, -1, "-5"sv}, // % d
    {-5LL, 'd', RPY_FMT_SPACE, 8, -1, "      -5"sv}, // % 8d
    {-5LL, 'd', RPY_FMT_SPACE, 0, 3, "-005"sv}, // % .3d
    {-5LL, 'd', RPY_FMT_SPACE, 10, 4, "     -0005"sv}, // % 10.4d
    {-5LL, 'd', RPY_FMT_SPACE, 0, 0, "-5"sv}, // % .0d
    {-5LL, 'd', RPY_FMT_ZERO, 0, -1, "-5"sv}, // %0d
    {-5LL, 'd', RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %08d
    {-5LL, 'd', RPY_FMT_ZERO, 0, 3, "-005"sv}, // %0.3d
    {-5LL, 'd', RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %010.4d
    {-5LL, 'd', RPY_FMT_ZERO, 0, 0, "-5"sv}, // %0.0d
    {-5LL, 'd', RPY_FMT_ALT, 0, -1, "-5"sv}, // %#d
    {-5LL, 'd', RPY_FMT_ALT, 8, -1, "      -5"sv}, // %#8d
    {-5LL, 'd', RPY_FMT_ALT, 0, 3, "-005"sv}, // %#.3d
    {-5LL, 'd', RPY_FMT_ALT, 10, 4, "     -0005"sv}, // %#10.4d
    {-5LL, 'd', RPY_FMT_ALT, 0, 0, "-5"sv}, // %#.0d
    {-5LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %+0d
    {-5LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %+08d
    {-5LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-005"sv}, // %+0.3d
    {-5LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %+010.4d
    {-5LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5"sv}, // %+0.0d
    {-5LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-5"sv}, // %-#d
    {-5LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-5      "sv}, // %-#8d
    {-5LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-005"sv}, // %-#.3d
    {-5LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0005     "sv}, // %-#10.4d
    {-5LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-5"sv}, // %-#.0d
    {-5LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %#0d
    {-5LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %#08d
    {-5LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-005"sv}, // %#0.3d
    {-5LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %#010.4d
    {-5LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-5"sv}, // %#0.0d
    {-5LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5"sv}, // % 0d
    {-5LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // % 08d
    {-5LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-005"sv}, // % 0.3d
    {-5LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // % 010.4d
    {-5LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-5"sv}, // % 0.0d
    {-5LL, 'i', 0, 0, -1, "-5"sv}, // %i
    {-5LL, 'i', 0, 8, -1, "      -5"sv}, // %8i
    {-5LL, 'i', 0, 0, 3, "-005"sv}, // %.3i
    {-5LL, 'i', 0, 10, 4, "     -0005"sv}, // %10.4i
    {-5LL, 'i', 0, 0, 0, "-5"sv}, // %.0i
    {-5LL, 'i', RPY_FMT_LEFT, 0, -1, "-5"sv}, // %-i
    {-5LL, 'i', RPY_FMT_LEFT, 8, -1, "-5      "sv}, // %-8i
    {-5LL, 'i', RPY_FMT_LEFT, 0, 3, "-005"sv}, // %-.3i
    {-5LL, 'i', RPY_FMT_LEFT, 10, 4, "-0005     "sv}, // %-10.4i
    {-5LL, 'i', RPY_FMT_LEFT, 0, 0, "-5"sv}, // %-.0i
    {-5LL, 'i', RPY_FMT_PLUS, 0, -1, "-5"sv}, // %+i
    {-5LL, 'i', RPY_FMT_PLUS, 8, -1, "      -5"sv}, // %+8i
    {-5LL, 'i', RPY_FMT_PLUS, 0, 3, "-005"sv}, // %+.3i
    {-5LL, 'i', RPY_FMT_PLUS, 10, 4, "     -0005"sv}, // %+10.4i
    {-5LL, 'i', RPY_FMT_PLUS, 0, 0, "-5"sv}, // %+.0i
    {-5LL, 'i', RPY_FMT_SPACE, 0, -1, "-5"sv}, // % i
    {-5LL, 'i', RPY_FMT_SPACE, 8, -1, "      -5"sv}, // % 8i
    {-5LL, 'i', RPY_FMT_SPACE, 0, 3, "-005"sv}, // % .3i
    {-5LL, 'i', RPY_FMT_SPACE, 10, 4, "     -0005"sv}, // % 10.4i
    {-5LL, 'i', RPY_FMT_SPACE, 0, 0, "-5"sv}, // % .0i
    {-5LL, 'i', RPY_FMT_ZERO, 0, -1, "-5"sv}, // %0i
    {-5LL, 'i', RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %08i
    {-5LL, 'i', RPY_FMT_ZERO, 0, 3, "-005"sv}, // %0.3i
    {-5LL, 'i', RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %010.4i
    {-5LL, 'i', RPY_FMT_ZERO, 0, 0, "-5"sv}, // %0.0i
    {-5LL, 'i', RPY_FMT_ALT, 0, -1, "-5"sv}, // %#i
    {-5LL, 'i', RPY_FMT_ALT, 8, -1, "      -5"sv}, // %#8i
    {-5LL, 'i', RPY_FMT_ALT, 0, 3, "-005"sv}, // %#.3i
    {-5LL, 'i', RPY_FMT_ALT, 10, 4, "     -0005"sv}, // %#10.4i
    {-5LL, 'i', RPY_FMT_ALT, 0, 0, "-5"sv}, // %#.0i
    {-5LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %+0i
    {-5LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %+08i
    {-5LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-005"sv}, // %+0.3i
    {-5LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %+010.4i
    {-5LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5"sv}, // %+0.0i
    {-5LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-5"sv}, // %-#i
    {-5LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-5      "sv}, // %-#8i
    {-5LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-005"sv}, // %-#.3i
    {-5LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0005     "sv}, // %-#10.4i
    {-5LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-5"sv}, // %-#.0i
    {-5LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %#0i
    {-5LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %#08i
    {-5LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-005"sv}, // %#0.3i
    {-5LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %#010.4i
    {-5LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-5"sv}, // %#0.0i
    {-5LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5"sv}, // % 0i
    {-5LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // % 08i
    {-5LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-005"sv}, // % 0.3i
    {-5LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // % 010.4i
    {-5LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-5"sv}, // % 0.0i
    {-5LL, 'x', 0, 0, -1, "-5"sv}, // %x
    {-5LL, 'x', 0, 8, -1, "      -5"sv}, // %8x
    {-5LL, 'x', 0, 0, 3, "-005"sv}, // %.3x
    {-5LL, 'x', 0, 10, 4, "     -0005"sv}, // %10.4x
    {-5LL, 'x', 0, 0, 0, "-5"sv}, // %.0x
    {-5LL, 'x', RPY_FMT_LEFT, 0, -1, "-5"sv}, // %-x
    {-5LL, 'x', RPY_FMT_LEFT, 8, -1, "-5      "sv}, // %-8x
    {-5LL, 'x', RPY_FMT_LEFT, 0, 3, "-005"sv}, // %-.3x
    {-5LL, 'x', RPY_FMT_LEFT, 10, 4, "-0005     "sv}, // %-10.4x
    {-5LL, 'x', RPY_FMT_LEFT, 0, 0, "-5"sv}, // %-.0x
    {-5LL, 'x', RPY_FMT_PLUS, 0, -1, "-5"sv}, // %+x
    {-5LL, 'x', RPY_FMT_PLUS, 8, -1, "      -5"sv}, // %+8x
    {-5LL, 'x', RPY_FMT_PLUS, 0, 3, "-005"sv}, // %+.3x
    {-5LL, 'x', RPY_FMT_PLUS, 10, 4, "     -0005"sv}, // %+10.4x
    {-5LL, 'x', RPY_FMT_PLUS, 0, 0, "-5"sv}, // %+.0x
    {-5LL, 'x', RPY_FMT_SPACE, 0, -1, "-5"sv}, // % x
    {-5LL, 'x', RPY_FMT_SPACE, 8, -1, "      -5"sv}, // % 8x
    {-5LL, 'x', RPY_FMT_SPACE, 0, 3, "-005"sv}, // % .3x
    {-5LL, 'x', RPY_FMT_SPACE, 10, 4, "     -0005"sv}, // % 10.4x
    {-5LL, 'x', RPY_FMT_SPACE, 0, 0, "-5"sv}, // % .0x
    {-5LL, 'x', RPY_FMT_ZERO, 0, -1, "-5"sv}, // %0x
    {-5LL, 'x', RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %08x
    {-5LL, 'x', RPY_FMT_ZERO, 0, 3, "-005"sv}, // %0.3x
    {-5LL, 'x', RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %010.4x
    {-5LL, 'x', RPY_FMT_ZERO, 0, 0, "-5"sv}, // %0.0x
    {-5LL, 'x', RPY_FMT_ALT, 0, -1, "-0x5"sv}, // %#x
    {-5LL, 'x', RPY_FMT_ALT, 8, -1, "    -0x5"sv}, // %#8x
    {-5LL, 'x', RPY_FMT_ALT, 0, 3, "-0x005"sv}, // %#.3x
    {-5LL, 'x', RPY_FMT_ALT, 10, 4, "   -0x0005"sv}, // %#10.4x
    {-5LL, 'x', RPY_FMT_ALT, 0, 0, "-0x5"sv}, // %#.0x
    {-5LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %+0x
    {-5LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %+08x
    {-5LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-005"sv}, // %+0.3x
    {-5LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %+010.4x
    {-5LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5"sv}, // %+0.0x
    {-5LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0x5"sv}, // %-#x
    {-5LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-0x5    "sv}, // %-#8x
    {-5LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0x005"sv}, // %-#.3x
    {-5LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0x0005   "sv}, // %-#10.4x
    {-5LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0x5"sv}, // %-#.0x
    {-5LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-0x5"sv}, // %#0x
    {-5LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0x00005"sv}, // %#08x
    {-5LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-0x005"sv}, // %#0.3x
    {-5LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-0x0000005"sv}, // %#010.4x
    {-5LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-0x5"sv}, // %#0.0x
    {-5LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5"sv}, // % 0x
    {-5LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // % 08x
    {-5LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-005"sv}, // % 0.3x
    {-5LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // % 010.4x
    {-5LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-5"sv}, // % 0.0x
    {-5LL, 'X', 0, 0, -1, "-5"sv}, // %X
    {-5LL, 'X', 0, 8, -1, "      -5"sv}, // %8X
    {-5LL, 'X', 0, 0, 3, "-005"sv}, // %.3X
    {-5LL, 'X', 0, 10, 4, "     -0005"sv}, // %10.4X
    {-5LL, 'X', 0, 0, 0, "-5"sv}, // %.0X
    {-5LL, 'X', RPY_FMT_LEFT, 0, -1, "-5"sv}, // %-X
    {-5LL, 'X', RPY_FMT_LEFT, 8, -1, "-5      "sv}, // %-8X
    {-5LL, 'X', RPY_FMT_LEFT, 0, 3, "-005"sv}, // %-.3X
    {-5LL, 'X', RPY_FMT_LEFT, 10, 4, "-0005     "sv}, // %-10.4X
    {-5LL, 'X', RPY_FMT_LEFT, 0, 0, "-5"sv}, // %-.0X
    {-5LL, 'X', RPY_FMT_PLUS, 0, -1, "-5"sv}, // %+X
    {-5LL, 'X', RPY_FMT_PLUS, 8, -1, "      -5"sv}, // %+8X
    {-5LL, 'X', RPY_FMT_PLUS, 0, 3, "-005"sv}, // %+.3X
    {-5LL, 'X', RPY_FMT_PLUS, 10, 4, "     -0005"sv}, // %+10.4X
    {-5LL, 'X', RPY_FMT_PLUS, 0, 0, "-5"sv}, // %+.0X
    {-5LL, 'X', RPY_FMT_SPACE, 0, -1, "-5"sv}, // % X
    {-5LL, 'X', RPY_FMT_SPACE, 8, -1, "      -5"sv}, // % 8X
    {-5LL, 'X', RPY_FMT_SPACE, 0, 3, "-005"sv}, // % .3X
    {-5LL, 'X', RPY_FMT_SPACE, 10, 4, "     -0005"sv}, // % 10.4X
    {-5LL, 'X', RPY_FMT_SPACE, 0, 0, "-5"sv}, // % .0X
    {-5LL, 'X', RPY_FMT_ZERO, 0, -1, "-5"sv}, // %0X
    {-5LL, 'X', RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %08X
    {-5LL, 'X', RPY_FMT_ZERO, 0, 3, "-005"sv}, // %0.3X
    {-5LL, 'X', RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %010.4X
    {-5LL, 'X', RPY_FMT_ZERO, 0, 0, "-5"sv}, // %0.0X
    {-5LL, 'X', RPY_FMT_ALT, 0, -1, "-0X5"sv}, // %#X
    {-5LL, 'X', RPY_FMT_ALT, 8, -1, "    -0X5"sv}, // %#8X
    {-5LL, 'X', RPY_FMT_ALT, 0, 3, "-0X005"sv}, // %#.3X
    {-5LL, 'X', RPY_FMT_ALT, 10, 4, "   -0X0005"sv}, // %#10.4X
    {-5LL, 'X', RPY_FMT_ALT, 0, 0, "-0X5"sv}, // %#.0X
    {-5LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %+0X
    {-5LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %+08X
    {-5LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-005"sv}, // %+0.3X
    {-5LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %+010.4X
    {-5LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5"sv}, // %+0.0X
    {-5LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0X5"sv}, // %-#X
    {-5LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-0X5    "sv}, // %-#8X
    {-5LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0X005"sv}, // %-#.3X
    {-5LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0X0005   "sv}, // %-#10.4X
    {-5LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0X5"sv}, // %-#.0X
    {-5LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-0X5"sv}, // %#0X
    {-5LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0X00005"sv}, // %#08X
    {-5LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-0X005"sv}, // %#0.3X
    {-5LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-0X0000005"sv}, // %#010.4X
    {-5LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-0X5"sv}, // %#0.0X
    {-5LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5"sv}, // % 0X
    {-5LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // % 08X
    {-5LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-005"sv}, // % 0.3X
    {-5LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // % 010.4X
    {-5LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-5"sv}, // % 0.0X
    {-5LL, 'o', 0, 0, -1, "-5"sv}, // %o
    {-5LL, 'o', 0, 8, -1, "      -5"sv}, // %8o
    {-5LL, 'o', 0, 0, 3, "-005"sv}, // %.3o
    {-5LL, 'o', 0, 10, 4, "     -0005"sv}, // %10.4o
    {-5LL, 'o', 0, 0, 0, "-5"sv}, // %.0o
    {-5LL, 'o', RPY_FMT_LEFT, 0, -1, "-5"sv}, // %-o
    {-5LL, 'o', RPY_FMT_LEFT, 8, -1, "-5      "sv}, // %-8o
    {-5LL, 'o', RPY_FMT_LEFT, 0, 3, "-005"sv}, // %-.3o
    {-5LL, 'o', RPY_FMT_LEFT, 10, 4, "-0005     "sv}, // %-10.4o
    {-5LL, 'o', RPY_FMT_LEFT, 0, 0, "-5"sv}, // %-.0o
    {-5LL, 'o', RPY_FMT_PLUS, 0, -1, "-5"sv}, // %+o
    {-5LL, 'o', RPY_FMT_PLUS, 8, -1, "      -5"sv}, // %+8o
    {-5LL, 'o', RPY_FMT_PLUS, 0, 3, "-005"sv}, // %+.3o
    {-5LL, 'o', RPY_FMT_PLUS, 10, 4, "     -0005"sv}, // %+10.4o
    {-5LL, 'o', RPY_FMT_PLUS, 0, 0, "-5"sv}, // %+.0o
    {-5LL, 'o', RPY_FMT_SPACE, 0, -1, "-5"sv}, // % o
    {-5LL, 'o', RPY_FMT_SPACE, 8, -1, "      -5"sv}, // % 8o
    {-5LL, 'o', RPY_FMT_SPACE, 0, 3, "-005"sv}, // % .3o
    {-5LL, 'o', RPY_FMT_SPACE, 10, 4, "     -0005"sv}, // % 10.4o
    {-5LL, 'o', RPY_FMT_SPACE, 0, 0, "-5"sv}, // % .0o
    {-5LL, 'o', RPY_FMT_ZERO, 0, -1, "-5"sv}, // %0o
    {-5LL, 'o', RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %08o
    {-5LL, 'o', RPY_FMT_ZERO, 0, 3, "-005"sv}, // %0.3o
    {-5LL, 'o', RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %010.4o
    {-5LL, 'o', RPY_FMT_ZERO, 0, 0, "-5"sv}, // %0.0o
    {-5LL, 'o', RPY_FMT_ALT, 0, -1, "-0o5"sv}, // %#o
    {-5LL, 'o', RPY_FMT_ALT, 8, -1, "    -0o5"sv}, // %#8o
    {-5LL, 'o', RPY_FMT_ALT, 0, 3, "-0o005"sv}, // %#.3o
    {-5LL, 'o', RPY_FMT_ALT, 10, 4, "   -0o0005"sv}, // %#10.4o
    {-5LL, 'o', RPY_FMT_ALT, 0, 0, "-0o5"sv}, // %#.0o
    {-5LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %+0o
    {-5LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %+08o
    {-5LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-005"sv}, // %+0.3o
    {-5LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %+010.4o
    {-5LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5"sv}, // %+0.0o
    {-5LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0o5"sv}, // %-#o
    {-5LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-0o5    "sv}, // %-#8o
    {-5LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0o005"sv}, // %-#.3o
    {-5LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0o0005   "sv}, // %-#10.4o
    {-5LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0o5"sv}, // %-#.0o
    {-5LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-0o5"sv}, // %#0o
    {-5LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0o00005"sv}, // %#08o
    {-5LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-0o005"sv}, // %#0.3o
    {-5LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-0o0000005"sv}, // %#010.4o
    {-5LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-0o5"sv}, // %#0.0o
    {-5LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5"sv}, // % 0o
    {-5LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // % 08o
    {-5LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-005"sv}, // % 0.3o
    {-5LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // % 010.4o
    {-5LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-5"sv}, // % 0.0o
    {-5LL, 'e', 0, 0, -1, "-5.000000e+00"sv}, // %e
    {-5LL, 'e', 0, 8, -1, "-5.000000e+00"sv}, // %8e
    {-5LL, 'e', 0, 0, 3, "-5.000e+00"sv}, // %.3e
    {-5LL, 'e', 0, 10, 4, "-5.0000e+00"sv}, // %10.4e
    {-5LL, 'e', 0, 0, 0, "-5e+00"sv}, // %.0e
    {-5LL, 'e', RPY_FMT_LEFT, 0, -1, "-5.000000e+00"sv}, // %-e
    {-5LL, 'e', RPY_FMT_LEFT, 8, -1, "-5.000000e+00"sv}, // %-8e
    {-5LL, 'e', RPY_FMT_LEFT, 0, 3, "-5.000e+00"sv}, // %-.3e
    {-5LL, 'e', RPY_FMT_LEFT, 10, 4, "-5.0000e+00"sv}, // %-10.4e
    {-5LL, 'e', RPY_FMT_LEFT, 0, 0, "-5e+00"sv}, // %-.0e
    {-5LL, 'e', RPY_FMT_PLUS, 0, -1, "-5.000000e+00"sv}, // %+e
    {-5LL, 'e', RPY_FMT_PLUS, 8, -1, "-5.000000e+00"sv}, // %+8e
    {-5LL, 'e', RPY_FMT_PLUS, 0, 3, "-5.000e+00"sv}, // %+.3e
    {-5LL, 'e', RPY_FMT_PLUS, 10, 4, "-5.0000e+00"sv}, // %+10.4e
    {-5LL, 'e', RPY_FMT_PLUS, 0, 0, "-5e+00"sv}, // %+.0e
    {-5LL, 'e', RPY_FMT_SPACE, 0, -1, "-5.000000e+00"sv}, // % e
    {-5LL, 'e', RPY_FMT_SPACE, 8, -1, "-5.000000e+00"sv}, // % 8e
    {-5LL, 'e', RPY_FMT_SPACE, 0, 3, "-5.000e+00"sv}, // % .3e
    {-5LL, 'e', RPY_FMT_SPACE, 10, 4, "-5.0000e+00"sv}, // % 10.4e
    {-5LL, 'e', RPY_FMT_SPACE, 0, 0, "-5e+00"sv}, // % .0e
    {-5LL, 'e', RPY_FMT_ZERO, 0, -1, "-5.000000e+00"sv}, // %0e
    {-5LL, 'e', RPY_FMT_ZERO, 8, -1, "-5.000000e+00"sv}, // %08e
    {-5LL, 'e', RPY_FMT_ZERO, 0, 3, "-5.000e+00"sv}, // %0.3e
    {-5LL, 'e', RPY_FMT_ZERO, 10, 4, "-5.0000e+00"sv}, // %010.4e
    {-5LL, 'e', RPY_FMT_ZERO, 0, 0, "-5e+00"sv}, // %0.0e
    {-5LL, 'e', RPY_FMT_ALT, 0, -1, "-5.000000e+00"sv}, // %#e
    {-5LL, 'e', RPY_FMT_ALT, 8, -1, "-5.000000e+00"sv}, // %#8e
    {-5LL, 'e', RPY_FMT_ALT, 0, 3, "-5.000e+00"sv}, // %#.3e
    {-5LL, 'e', RPY_FMT_ALT, 10, 4, "-5.0000e+00"sv}, // %#10.4e
    {-5LL, 'e', RPY_FMT_ALT, 0, 0, "-5.e+00"sv}, // %#.0e
    {-5LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5.000000e+00"sv}, // %+0e
    {-5LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-5.000000e+00"sv}, // %+08e
    {-5LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-5.000e+00"sv}, // %+0.3e
    {-5LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-5.0000e+00"sv}, // %+010.4e
    {-5LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5e+00"sv}, // %+0.0e
    {-5LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-5.000000e+00"sv}, // %-#e
    {-5LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-5.000000e+00"sv}, // %-#8e
    {-5LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-5.000e+00"sv}, // %-#.3e
    {-5LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-5.0000e+00"sv}, // %-#10.4e
    {-5LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-5.e+00"sv}, // %-#.0e
    {-5LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-5.000000e+00"sv}, // %#0e
    {-5LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-5.000000e+00"sv}, // %#08e
    {-5LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-5.000e+00"sv}, // %#0.3e
    {-5LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-5.0000e+00"sv}, // %#010.4e
    {-5LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-5.e+00"sv}, // %#0.0e
    {-5LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5.000000e+00"sv}, // % 0e
    {-5LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-5.000000e+00"sv}, // % 08e
    {-5LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-5.000e+00"sv}, // % 0.3e
    {-5LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-5.0000e+00"sv}, // % 010.4e
    {-5LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-5e+00"sv}, // % 0.0e
    {-5LL, 'E', 0, 0, -1, "-5.000000E+00"sv}, // %E
    {-5LL, 'E', 0, 8, -1, "-5.000000E+00"sv}, // %8E
    {-5LL, 'E', 0, 0, 3, "-5.000E+00"sv}, // %.3E
    {-5LL, 'E', 0, 10, 4, "-5.0000E+00"sv}, // %10.4E
    {-5LL, 'E', 0, 0, 0, "-5E+00"sv}, // %.0E
    {-5LL, 'E', RPY_FMT_LEFT, 0, -1, "-5.000000E+00"sv}, // %-E
    {-5LL, 'E', RPY_FMT_LEFT, 8, -1, "-5.000000E+00"sv}, // %-8E
    {-5LL, 'E', RPY_FMT_LEFT, 0, 3, "-5.000E+00"sv}, // %-.3E
    {-5LL, 'E', RPY_FMT_LEFT, 10, 4, "-5.0000E+00"sv}, // %-10.4E
    {-5LL, 'E', RPY_FMT_LEFT, 0, 0, "-5E+00"sv}, // %-.0E
    {-5LL, 'E', RPY_FMT_PLUS, 0, -1, "-5.000000E+00"sv}, // %+E
    {-5LL, 'E', RPY_FMT_PLUS, 8, -1, "-5.000000E+00"sv}, // %+8E
    {-5LL, 'E', RPY_FMT_PLUS, 0, 3, "-5.000E+00"sv}, // %+.3E
    {-5LL, 'E', RPY_FMT_PLUS, 10, 4, "-5.0000E+00"sv}, // %+10.4E
    {-5LL, 'E', RPY_FMT_PLUS, 0, 0, "-5E+00"sv}, // %+.0E
    {-5LL, 'E', RPY_FMT_SPACE, 0, -1, "-5.000000E+00"sv}, // % E
    {-5LL, 'E', RPY_FMT_SPACE, 8, -1, "-5.000000E+00"sv}, // % 8E
    {-5LL, 'E', RPY_FMT_SPACE, 0, 3, "-5.000E+00"sv}, // % .3E
    {-5LL, 'E', RPY_FMT_SPACE, 10, 4, "-5.0000E+00"sv}, // % 10.4E
    {-5LL, 'E', RPY_FMT_SPACE, 0, 0, "-5E+00"sv}, // % .0E
    {-5LL, 'E', RPY_FMT_ZERO, 0, -1, "-5.000000E+00"sv}, // %0E
    {-5LL, 'E', RPY_FMT_ZERO, 8, -1, "-5.000000E+00"sv}, // %08E
    {-5LL, 'E', RPY_FMT_ZERO, 0, 3, "-5.000E+00"sv}, // %0.3E
    {-5LL, 'E', RPY_FMT_ZERO, 10, 4, "-5.0000E+00"sv}, // %010.4E
    {-5LL, 'E', RPY_FMT_ZERO, 0, 0, "-5E+00"sv}, // %0.0E
    {-5LL, 'E', RPY_FMT_ALT, 0, -1, "-5.000000E+00"sv}, // %#E
    {-5LL, 'E', RPY_FMT_ALT, 8, -1, "-5.000000E+00"sv}, // %#8E
    {-5LL, 'E', RPY_FMT_ALT, 0, 3, "-5.000E+00"sv}, // %#.3E
    {-5LL, 'E', RPY_FMT_ALT, 10, 4, "-5.0000E+00"sv}, // %#10.4E
    {-5LL, 'E', RPY_FMT_ALT, 0, 0, "-5.E+00"sv}, // %#.0E
    {-5LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5.000000E+00"sv}, // %+0E
    {-5LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-5.000000E+00"sv}, // %+08E
    {-5LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-5.000E+00"sv}, // %+0.3E
    {-5LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-5.0000E+00"sv}, // %+010.4E
    {-5LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5E+00"sv}, // %+0.0E
    {-5LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-5.000000E+00"sv}, // %-#E
    {-5LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-5.000000E+00"sv}, // %-#8E
    {-5LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-5.000E+00"sv}, // %-#.3E
    {-5LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-5.0000E+00"sv}, // %-#10.4E
    {-5LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-5.E+00"sv}, // %-#.0E
    {-5LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-5.000000E+00"sv}, // %#0E
    {-5LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-5.000000E+00"sv}, // %#08E
    {-5LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-5.000E+00"sv}, // %#0.3E
    {-5LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-5.0000E+00"sv}, // %#010.4E
    {-5LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-5.E+00"sv}, // %#0.0E
    {-5LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5.000000E+00"sv}, // % 0E
    {-5LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-5.000000E+00"sv}, // % 08E
    {-5LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-5.000E+00"sv}, // % 0.3E
    {-5LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-5.0000E+00"sv}, // % 010.4E
    {-5LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-5E+00"sv}, // % 0.0E
    {-5LL, 'f', 0, 0, -1, "-5.000000"sv}, // %f
    {-5LL, 'f', 0, 8, -1, "-5.000000"sv}, // %8f
    {-5LL, 'f', 0, 0, 3, "-5.000"sv}, // %.3f
    {-5LL, 'f', 0, 10, 4, "   -5.0000"sv}, // %10.4f
    {-5LL, 'f', 0, 0, 0, "-5"sv}, // %.0f
    {-5LL, 'f', RPY_FMT_LEFT, 0, -1, "-5.000000"sv}, // %-f
    {-5LL, 'f', RPY_FMT_LEFT, 8, -1, "-5.000000"sv}, // %-8f
    {-5LL, 'f', RPY_FMT_LEFT, 0, 3, "-5.000"sv}, // %-.3f
    {-5LL, 'f', RPY_FMT_LEFT, 10, 4, "-5.0000   "sv}, // %-10.4f
    {-5LL, 'f', RPY_FMT_LEFT, 0, 0, "-5"sv}, // %-.0f
    {-5LL, 'f', RPY_FMT_PLUS, 0, -1, "-5.000000"sv}, // %+f
    {-5LL, 'f', RPY_FMT_PLUS, 8, -1, "-5.000000"sv}, // %+8f
    {-5LL, 'f', RPY_FMT_PLUS, 0, 3, "-5.000"sv}, // %+.3f
    {-5LL, 'f', RPY_FMT_PLUS, 10, 4, "   -5.0000"sv}, // %+10.4f
    {-5LL, 'f', RPY_FMT_PLUS, 0, 0, "-5"sv}, // %+.0f
    {-5LL, 'f', RPY_FMT_SPACE, 0, -1, "-5.000000"sv}, // % f
    {-5LL, 'f', RPY_FMT_SPACE, 8, -1, "-5.000000"sv}, // % 8f
    {-5LL, 'f', RPY_FMT_SPACE, 0, 3, "-5.000"sv}, // % .3f
    {-5LL, 'f', RPY_FMT_SPACE, 10, 4, "   -5.0000"sv}, // % 10.4f
    {-5LL, 'f', RPY_FMT_SPACE, 0, 0, "-5"sv}, // % .0f
    {-5LL, 'f', RPY_FMT_ZERO, 0, -1, "-5.000000"sv}, // %0f
    {-5LL, 'f', RPY_FMT_ZERO, 8, -1, "-5.000000"sv}, // %08f
    {-5LL, 'f', RPY_FMT_ZERO, 0, 3, "-5.000"sv}, // %0.3f
    {-5LL, 'f', RPY_FMT_ZERO, 10, 4, "-0005.0000"sv}, // %010.4f
    {-5LL, 'f', RPY_FMT_ZERO, 0, 0, "-5"sv}, // %0.0f
    {-5LL, 'f', RPY_FMT_ALT, 0, -1, "-5.000000"sv}, // %#f
    {-5LL, 'f', RPY_FMT_ALT, 8, -1, "-5.000000"sv}, // %#8f
    {-5LL, 'f', RPY_FMT_ALT, 0, 3, "-5.000"sv}, // %#.3f
    {-5LL, 'f', RPY_FMT_ALT, 10, 4, "   -5.0000"sv}, // %#10.4f
    {-5LL, 'f', RPY_FMT_ALT, 0, 0, "-5."sv}, // %#.0f
    {-5LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5.000000"sv}, // %+0f
    {-5LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-5.000000"sv}, // %+08f
    {-5LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-5.000"sv}, // %+0.3f
    {-5LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-0005.0000"sv}, // %+010.4f
    {-5LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5"sv}, // %+0.0f
    {-5LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-5.000000"sv}, // %-#f
    {-5LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-5.000000"sv}, // %-#8f
    {-5LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-5.000"sv}, // %-#.3f
    {-5LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-5.0000   "sv}, // %-#10.4f
    {-5LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-5."sv}, // %-#.0f
    {-5LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-5.000000"sv}, // %#0f
    {-5LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-5.000000"sv}, // %#08f
    {-5LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-5.000"sv}, // %#0.3f
    {-5LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-0005.0000"sv}, // %#010.4f
    {-5LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-5."sv}, // %#0.0f
    {-5LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5.000000"sv}, // % 0f
    {-5LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-5.000000"sv}, // % 08f
    {-5LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-5.000"sv}, // % 0.3f
    {-5LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-0005.0000"sv}, // % 010.4f
    {-5LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-5"sv}, // % 0.0f
    {-5LL, 'g', 0, 0, -1, "-5"sv}, // %g
    {-5LL, 'g', 0, 8, -1, "      -5"sv}, // %8g
    {-5LL, 'g', 0, 0, 3, "-5"sv}, // %.3g
    {-5LL, 'g', 0, 10, 4, "        -5"sv}, // %10.4g
    {-5LL, 'g', 0, 0, 0, "-5"sv}, // %.0g
    {-5LL, 'g', RPY_FMT_LEFT, 0, -1, "-5"sv}, // %-g
    {-5LL, 'g', RPY_FMT_LEFT, 8, -1, "-5      "sv}, // %-8g
    {-5LL, 'g', RPY_FMT_LEFT, 0, 3, "-5"sv}, // %-.3g
    {-5LL, 'g', RPY_FMT_LEFT, 10, 4, "-5        "sv}, // %-10.4g
    {-5LL, 'g', RPY_FMT_LEFT, 0, 0, "-5"sv}, // %-.0g
    {-5LL, 'g', RPY_FMT_PLUS, 0, -1, "-5"sv}, // %+g
    {-5LL, 'g', RPY_FMT_PLUS, 8, -1, "      -5"sv}, // %+8g
    {-5LL, 'g', RPY_FMT_PLUS, 0, 3, "-5"sv}, // %+.3g
    {-5LL, 'g', RPY_FMT_PLUS, 10, 4, "        -5"sv}, // %+10.4g
    {-5LL, 'g', RPY_FMT_PLUS, 0, 0, "-5"sv}, // %+.0g
    {-5LL, 'g', RPY_FMT_SPACE, 0, -1, "-5"sv}, // % g
    {-5LL, 'g', RPY_FMT_SPACE, 8, -1, "      -5"sv}, // % 8g
    {-5LL, 'g', RPY_FMT_SPACE, 0, 3, "-5"sv}, // % .3g
    {-5LL, 'g', RPY_FMT_SPACE, 10, 4, "        -5"sv}, // % 10.4g
    {-5LL, 'g', RPY_FMT_SPACE, 0, 0, "-5"sv}, // % .0g
    {-5LL, 'g', RPY_FMT_ZERO, 0, -1, "-5"sv}, // %0g
    {-5LL, 'g', RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %08g
    {-5LL, 'g', RPY_FMT_ZERO, 0, 3, "-5"sv}, // %0.3g
    {-5LL, 'g', RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %010.4g
    {-5LL, 'g', RPY_FMT_ZERO, 0, 0, "-5"sv}, // %0.0g
    {-5LL, 'g', RPY_FMT_ALT, 0, -1, "-5.00000"sv}, // %#g
    {-5LL, 'g', RPY_FMT_ALT, 8, -1, "-5.00000"sv}, // %#8g
    {-5LL, 'g', RPY_FMT_ALT, 0, 3, "-5.00"sv}, // %#.3g
    {-5LL, 'g', RPY_FMT_ALT, 10, 4, "    -5.000"sv}, // %#10.4g
    {-5LL, 'g', RPY_FMT_ALT, 0, 0, "-5."sv}, // %#.0g
    {-5LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %+0g
    {-5LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %+08g
    {-5LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-5"sv}, // %+0.3g
    {-5LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %+010.4g
    {-5LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5"sv}, // %+0.0g
    {-5LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-5.00000"sv}, // %-#g
    {-5LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-5.00000"sv}, // %-#8g
    {-5LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-5.00"sv}, // %-#.3g
    {-5LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-5.000    "sv}, // %-#10.4g
    {-5LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-5."sv}, // %-#.0g
    {-5LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-5.00000"sv}, // %#0g
    {-5LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-5.00000"sv}, // %#08g
    {-5LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-5.00"sv}, // %#0.3g
    {-5LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-00005.000"sv}, // %#010.4g
    {-5LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-5."sv}, // %#0.0g
    {-5LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5"sv}, // % 0g
    {-5LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // % 08g
    {-5LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-5"sv}, // % 0.3g
    {-5LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // % 010.4g
    {-5LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-5"sv}, // % 0.0g
    {-5LL, 'G', 0, 0, -1, "-5"sv}, // %G
    {-5LL, 'G', 0, 8, -1, "      -5"sv}, // %8G
    {-5LL, 'G', 0, 0, 3, "-5"sv}, // %.3G
    {-5LL, 'G', 0, 10, 4, "        -5"sv}, // %10.4G
    {-5LL, 'G', 0, 0, 0, "-5"sv}, // %.0G
    {-5LL, 'G', RPY_FMT_LEFT, 0, -1, "-5"sv}, // %-G
    {-5LL, 'G', RPY_FMT_LEFT, 8, -1, "-5      "sv}, // %-8G
    {-5LL, 'G', RPY_FMT_LEFT, 0, 3, "-5"sv}, // %-.3G
    {-5LL, 'G', RPY_FMT_LEFT, 10, 4, "-5        "sv}, // %-10.4G
    {-5LL, 'G', RPY_FMT_LEFT, 0, 0, "-5"sv}, // %-.0G
    {-5LL, 'G', RPY_FMT_PLUS, 0, -1, "-5"sv}, // %+G
    {-5LL, 'G', RPY_FMT_PLUS, 8, -1, "      -5"sv}, // %+8G
    {-5LL, 'G', RPY_FMT_PLUS, 0, 3, "-5"sv}, // %+.3G
    {-5LL, 'G', RPY_FMT_PLUS, 10, 4, "        -5"sv}, // %+10.4G
    {-5LL, 'G', RPY_FMT_PLUS, 0, 0, "-5"sv}, // %+.0G
    {-5LL, 'G', RPY_FMT_SPACE, 0, -1, "-5"sv}, // % G
    {-5LL, 'G', RPY_FMT_SPACE, 8, -1, "      -5"sv}, // % 8G
    {-5LL, 'G', RPY_FMT_SPACE, 0, 3, "-5"sv}, // % .3G
    {-5LL, 'G', RPY_FMT_SPACE, 10, 4, "        -5"sv}, // % 10.4G
    {-5LL, 'G', RPY_FMT_SPACE, 0, 0, "-5"sv}, // % .0G
    {-5LL, 'G', RPY_FMT_ZERO, 0, -1, "-5"sv}, // %0G
    {-5LL, 'G', RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %08G
    {-5LL, 'G', RPY_FMT_ZERO, 0, 3, "-5"sv}, // %0.3G
    {-5LL, 'G', RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %010.4G
    {-5LL, 'G', RPY_FMT_ZERO, 0, 0, "-5"sv}, // %0.0G
    {-5LL, 'G', RPY_FMT_ALT, 0, -1, "-5.00000"sv}, // %#G
    {-5LL, 'G', RPY_FMT_ALT, 8, -1, "-5.00000"sv}, // %#8G
    {-5LL, 'G', RPY_FMT_ALT, 0, 3, "-5.00"sv}, // %#.3G
    {-5LL, 'G', RPY_FMT_ALT, 10, 4, "    -5.000"sv}, // %#10.4G
    {-5LL, 'G', RPY_FMT_ALT, 0, 0, "-5."sv}, // %#.0G
    {-5LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %+0G
    {-5LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // %+08G
    {-5LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-5"sv}, // %+0.3G
    {-5LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // %+010.4G
    {-5LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5"sv}, // %+0.0G
    {-5LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-5.00000"sv}, // %-#G
    {-5LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-5.00000"sv}, // %-#8G
    {-5LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-5.00"sv}, // %-#.3G
    {-5LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-5.000    "sv}, // %-#10.4G
    {-5LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-5."sv}, // %-#.0G
    {-5LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-5.00000"sv}, // %#0G
    {-5LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-5.00000"sv}, // %#08G
    {-5LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-5.00"sv}, // %#0.3G
    {-5LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-00005.000"sv}, // %#010.4G
    {-5LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-5."sv}, // %#0.0G
    {-5LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5"sv}, // % 0G
    {-5LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000005"sv}, // % 08G
    {-5LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-5"sv}, // % 0.3G
    {-5LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000005"sv}, // % 010.4G
    {-5LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-5"sv}, // % 0.0G
    {-5LL, 's', 0, 0, -1, "-5"sv}, // %s
    {-5LL, 's', 0, 8, -1, "      -5"sv}, // %8s
    {-5LL, 's', 0, 0, 3, "-5"sv}, // %.3s
    {-5LL, 's', 0, 10, 4, "        -5"sv}, // %10.4s
    {-5LL, 's', 0, 0, 0, ""sv}, // %.0s
    {-5LL, 's', RPY_FMT_LEFT, 0, -1, "-5"sv}, // %-s
    {-5LL, 's', RPY_FMT_LEFT, 8, -1, "-5      "sv}, // %-8s
    {-5LL, 's', RPY_FMT_LEFT, 0, 3, "-5"sv}, // %-.3s
    {-5LL, 's', RPY_FMT_LEFT, 10, 4, "-5        "sv}, // %-10.4s
    {-5LL, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {-5LL, 's', RPY_FMT_PLUS, 0, -1, "-5"sv}, // %+s
    {-5LL, 's', RPY_FMT_PLUS, 8, -1, "      -5"sv}, // %+8s
    {-5LL, 's', RPY_FMT_PLUS, 0, 3, "-5"sv}, // %+.3s
    {-5LL, 's', RPY_FMT_PLUS, 10, 4, "        -5"sv}, // %+10.4s
    {-5LL, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {-5LL, 's', RPY_FMT_SPACE, 0, -1, "-5"sv}, // % s
    {-5LL, 's', RPY_FMT_SPACE, 8, -1, "      -5"sv}, // % 8s
    {-5LL, 's', RPY_FMT_SPACE, 0, 3, "-5"sv}, // % .3s
    {-5LL, 's', RPY_FMT_SPACE, 10, 4, "        -5"sv}, // % 10.4s
    {-5LL, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {-5LL, 's', RPY_FMT_ZERO, 0, -1, "-5"sv}, // %0s
    {-5LL, 's', RPY_FMT_ZERO, 8, -1, "      -5"sv}, // %08s
    {-5LL, 's', RPY_FMT_ZERO, 0, 3, "-5"sv}, // %0.3s
    {-5LL, 's', RPY_FMT_ZERO, 10, 4, "        -5"sv}, // %010.4s
    {-5LL, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {-5LL, 's', RPY_FMT_ALT, 0, -1, "-5"sv}, // %#s
    {-5LL, 's', RPY_FMT_ALT, 8, -1, "      -5"sv}, // %#8s
    {-5LL, 's', RPY_FMT_ALT, 0, 3, "-5"sv}, // %#.3s
    {-5LL, 's', RPY_FMT_ALT, 10, 4, "        -5"sv}, // %#10.4s
    {-5LL, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {-5LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %+0s
    {-5LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "      -5"sv}, // %+08s
    {-5LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-5"sv}, // %+0.3s
    {-5LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "        -5"sv}, // %+010.4s
    {-5LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {-5LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-5"sv}, // %-#s
    {-5LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-5      "sv}, // %-#8s
    {-5LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-5"sv}, // %-#.3s
    {-5LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-5        "sv}, // %-#10.4s
    {-5LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {-5LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %#0s
    {-5LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "      -5"sv}, // %#08s
    {-5LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-5"sv}, // %#0.3s
    {-5LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "        -5"sv}, // %#010.4s
    {-5LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0s
    {-5LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5"sv}, // % 0s
    {-5LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "      -5"sv}, // % 08s
    {-5LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-5"sv}, // % 0.3s
    {-5LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "        -5"sv}, // % 010.4s
    {-5LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0s
    {-5LL, 'r', 0, 0, -1, "-5"sv}, // %r
    {-5LL, 'r', 0, 8, -1, "      -5"sv}, // %8r
    {-5LL, 'r', 0, 0, 3, "-5"sv}, // %.3r
    {-5LL, 'r', 0, 10, 4, "        -5"sv}, // %10.4r
    {-5LL, 'r', 0, 0, 0, ""sv}, // %.0r
    {-5LL, 'r', RPY_FMT_LEFT, 0, -1, "-5"sv}, // %-r
    {-5LL, 'r', RPY_FMT_LEFT, 8, -1, "-5      "sv}, // %-8r
    {-5LL, 'r', RPY_FMT_LEFT, 0, 3, "-5"sv}, // %-.3r
    {-5LL, 'r', RPY_FMT_LEFT, 10, 4, "-5        "sv}, // %-10.4r
    {-5LL, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {-5LL, 'r', RPY_FMT_PLUS, 0, -1, "-5"sv}, // %+r
    {-5LL, 'r', RPY_FMT_PLUS, 8, -1, "      -5"sv}, // %+8r
    {-5LL, 'r', RPY_FMT_PLUS, 0, 3, "-5"sv}, // %+.3r
    {-5LL, 'r', RPY_FMT_PLUS, 10, 4, "        -5"sv}, // %+10.4r
    {-5LL, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {-5LL, 'r', RPY_FMT_SPACE, 0, -1, "-5"sv}, // % r
    {-5LL, 'r', RPY_FMT_SPACE, 8, -1, "      -5"sv}, // % 8r
    {-5LL, 'r', RPY_FMT_SPACE, 0, 3, "-5"sv}, // % .3r
    {-5LL, 'r', RPY_FMT_SPACE, 10, 4, "        -5"sv}, // % 10.4r
    {-5LL, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {-5LL, 'r', RPY_FMT_ZERO, 0, -1, "-5"sv}, // %0r
    {-5LL, 'r', RPY_FMT_ZERO, 8, -1, "      -5"sv}, // %08r
    {-5LL, 'r', RPY_FMT_ZERO, 0, 3, "-5"sv}, // %0.3r
    {-5LL, 'r', RPY_FMT_ZERO, 10, 4, "        -5"sv}, // %010.4r
    {-5LL, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {-5LL, 'r', RPY_FMT_ALT, 0, -1, "-5"sv}, // %#r
    {-5LL, 'r', RPY_FMT_ALT, 8, -1, "      -5"sv}, // %#8r
    {-5LL, 'r', RPY_FMT_ALT, 0, 3, "-5"sv}, // %#.3r
    {-5LL, 'r', RPY_FMT_ALT, 10, 4, "        -5"sv}, // %#10.4r
    {-5LL, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {-5LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %+0r
    {-5LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "      -5"sv}, // %+08r
    {-5LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-5"sv}, // %+0.3r
    {-5LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "        -5"sv}, // %+010.4r
    {-5LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {-5LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-5"sv}, // %-#r
    {-5LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-5      "sv}, // %-#8r
    {-5LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-5"sv}, // %-#.3r
    {-5LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-5        "sv}, // %-#10.4r
    {-5LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {-5LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-5"sv}, // %#0r
    {-5LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "      -5"sv}, // %#08r
    {-5LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-5"sv}, // %#0.3r
    {-5LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "        -5"sv}, // %#010.4r
    {-5LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0r
    {-5LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-5"sv}, // % 0r
    {-5LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "      -5"sv}, // % 08r
    {-5LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-5"sv}, // % 0.3r
    {-5LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "        -5"sv}, // % 010.4r
    {-5LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0r
    {42LL, 'd', 0, 0, -1, "42"sv}, // %d
    {42LL, 'd', 0, 8, -1, "      42"sv}, // %8d
    {42LL, 'd', 0, 0, 3, "042"sv}, // %.3d
    {42LL, 'd', 0, 10, 4, "      0042"sv}, // %10.4d
    {42LL, 'd', 0, 0, 0, "42"sv}, // %.0d
    {42LL, 'd', RPY_FMT_LEFT, 0, -1, "42"sv}, // %-d
    {42LL, 'd', RPY_FMT_LEFT, 8, -1, "42      "sv}, // %-8d
    {42LL, 'd', RPY_FMT_LEFT, 0, 3, "042"sv}, // %-.3d
    {42LL, 'd', RPY_FMT_LEFT, 10, 4, "0042      "sv}, // %-10.4d
    {42LL, 'd', RPY_FMT_LEFT, 0, 0, "42"sv}, // %-.0d
    {42LL, 'd', RPY_FMT_PLUS, 0, -1, "+42"sv}, // %+d
    {42LL, 'd', RPY_FMT_PLUS, 8, -1, "     +42"sv}, // %+8d
    {42LL, 'd', RPY_FMT_PLUS, 0, 3, "+042"sv}, // %+.3d
    {42LL, 'd', RPY_FMT_PLUS, 10, 4, "     +0042"sv}, // %+10.4d
    {42LL, 'd', RPY_FMT_PLUS, 0, 0, "+42"sv}, // %+.0d
    {42LL, 'd', RPY_FMT_SPACE, 0, -1, " 42"sv}, // % d
    {42LL, 'd', RPY_FMT_SPACE, 8, -1, "      42"sv}, // % 8d
    {42LL, 'd', RPY_FMT_SPACE, 0, 3, " 042"sv}, // % .3d
    {42LL, 'd', RPY_FMT_SPACE, 10, 4, "      0042"sv}, // % 10.4d
    {42LL, 'd', RPY_FMT_SPACE, 0, 0, " 42"sv}, // % .0d
    {42LL, 'd', RPY_FMT_ZERO, 0, -1, "42"sv}, // %0d
    {42LL, 'd', RPY_FMT_ZERO, 8, -1, "00000042"sv}, // %08d
    {42LL, 'd', RPY_FMT_ZERO, 0, 3, "042"sv}, // %0.3d
    {42LL, 'd', RPY_FMT_ZERO, 10, 4, "0000000042"sv}, // %010.4d
    {42LL, 'd', RPY_FMT_ZERO, 0, 0, "42"sv}, // %0.0d
    {42LL, 'd', RPY_FMT_ALT, 0, -1, "42"sv}, // %#d
    {42LL, 'd', RPY_FMT_ALT, 8, -1, "      42"sv}, // %#8d
    {42LL, 'd', RPY_FMT_ALT, 0, 3, "042"sv}, // %#.3d
    {42LL, 'd', RPY_FMT_ALT, 10, 4, "      0042"sv}, // %#10.4d
    {42LL, 'd', RPY_FMT_ALT, 0, 0, "42"sv}, // %#.0d
    {42LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+42"sv}, // %+0d
    {42LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000042"sv}, // %+08d
    {42LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+042"sv}, // %+0.3d
    {42LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000042"sv}, // %+010.4d
    {42LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+42"sv}, // %+0.0d
    {42LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "42"sv}, // %-#d
    {42LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "42      "sv}, // %-#8d
    {42LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "042"sv}, // %-#.3d
    {42LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0042      "sv}, // %-#10.4d
    {42LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "42"sv}, // %-#.0d
    {42LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "42"sv}, // %#0d
    {42LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00000042"sv}, // %#08d
    {42LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "042"sv}, // %#0.3d
    {42LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000000042"sv}, // %#010.4d
    {42LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "42"sv}, // %#0.0d
    {42LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 42"sv}, // % 0d
    {42LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000042"sv}, // % 08d
    {42LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 042"sv}, // % 0.3d
    {42LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000042"sv}, // % 010.4d
    {42LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 42"sv}, // % 0.0d
    {42LL, 'i', 0, 0, -1, "42"sv}, // %i
    {42LL, 'i', 0, 8, -1, "      42"sv}, // %8i
    {42LL, 'i', 0, 0, 3, "042"sv}, // %.3i
    {42LL, 'i', 0, 10, 4, "      0042"sv}, // %10.4i
    {42LL, 'i', 0, 0, 0, "42"sv}, // %.0i
    {42LL, 'i', RPY_FMT_LEFT, 0, -1, "42"sv}, // %-i
    {42LL, 'i', RPY_FMT_LEFT, 8, -1, "42      "sv}, // %-8i
    {42LL, 'i', RPY_FMT_LEFT, 0, 3, "042"sv}, // %-.3i
    {42LL, 'i', RPY_FMT_LEFT, 10, 4, "0042      "sv}, // %-10.4i
    {42LL, 'i', RPY_FMT_LEFT, 0, 0, "42"sv}, // %-.0i
    {42LL, 'i', RPY_FMT_PLUS, 0, -1, "+42"sv}, // %+i
    {42LL, 'i', RPY_FMT_PLUS, 8, -1, "     +42"sv}, // %+8i
    {42LL, 'i', RPY_FMT_PLUS, 0, 3, "+042"sv}, // %+.3i
    {42LL, 'i', RPY_FMT_PLUS, 10, 4, "     +0042"sv}, // %+10.4i
    {42LL, 'i', RPY_FMT_PLUS, 0, 0, "+42"sv}, // %+.0i
    {42LL, 'i', RPY_FMT_SPACE, 0, -1, " 42"sv}, // % i
    {42LL, 'i', RPY_FMT_SPACE, 8, -1, "      42"sv}, // % 8i
    {42LL, 'i', RPY_FMT_SPACE, 0, 3, " 042"sv}, // % .3i
    {42LL, 'i', RPY_FMT_SPACE, 10, 4, "      0042"sv}, // % 10.4i
    {42LL, 'i', RPY_FMT_SPACE, 0, 0, " 42"sv}, // % .0i
    {42LL, 'i', RPY_FMT_ZERO, 0, -1, "42"sv}, // %0i
    {42LL, 'i', RPY_FMT_ZERO, 8, -1, "00000042"sv}, // %08i
    {42LL, 'i', RPY_FMT_ZERO, 0, 3, "042"sv}, // %0.3i
    {42LL, 'i', RPY_FMT_ZERO, 10, 4, "0000000042"sv}, // %010.4i
    {42LL, 'i', RPY_FMT_ZERO, 0, 0, "42"sv}, // %0.0i
    {42LL, 'i', RPY_FMT_ALT, 0, -1, "42"sv}, // %#i
    {42LL, 'i', RPY_FMT_ALT, 8, -1, "      42"sv}, // %#8i
    {42LL, 'i', RPY_FMT_ALT, 0, 3, "042"sv}, // %#.3i
    {42LL, 'i', RPY_FMT_ALT, 10, 4, "      0042"sv}, // %#10.4i
    {42LL, 'i', RPY_FMT_ALT, 0, 0, "42"sv}, // %#.0i
    {42LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+42"sv}, // %+0i
    {42LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000042"sv}, // %+08i
    {42LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+042"sv}, // %+0.3i
    {42LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000042"sv}, // %+010.4i
    {42LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+42"sv}, // %+0.0i
    {42LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "42"sv}, // %-#i
    {42LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "42      "sv}, // %-#8i
    {42LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "042"sv}, // %-#.3i
    {42LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0042      "sv}, // %-#10.4i
    {42LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "42"sv}, // %-#.0i
    {42LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "42"sv}, // %#0i
    {42LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00000042"sv}, // %#08i
    {42LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "042"sv}, // %#0.3i
    {42LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000000042"sv}, // %#010.4i
    {42LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "42"sv}, // %#0.0i
    {42LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 42"sv}, // % 0i
    {42LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000042"sv}, // % 08i
    {42LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 042"sv}, // % 0.3i
    {42LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000042"sv}, // % 010.4i
    {42LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 42"sv}, // % 0.0i
    {42LL, 'x', 0, 0, -1, "2a"sv}, // %x
    {42LL, 'x', 0, 8, -1, "      2a"sv}, // %8x
    {42LL, 'x', 0, 0, 3, "02a"sv}, // %.3x
    {42LL, 'x', 0, 10, 4, "      002a"sv}, // %10.4x
    {42LL, 'x', 0, 0, 0, "2a"sv}, // %.0x
    {42LL, 'x', RPY_FMT_LEFT, 0, -1, "2a"sv}, // %-x
    {42LL, 'x', RPY_FMT_LEFT, 8, -1, "2a      "sv}, // %-8x
    {42LL, 'x', RPY_FMT_LEFT, 0, 3, "02a"sv}, // %-.3x
    {42LL, 'x', RPY_FMT_LEFT, 10, 4, "002a      "sv}, // %-10.4x
    {42LL, 'x', RPY_FMT_LEFT, 0, 0, "2a"sv}, // %-.0x
    {42LL, 'x', RPY_FMT_PLUS, 0, -1, "+2a"sv}, // %+x
    {42LL, 'x', RPY_FMT_PLUS, 8, -1, "     +2a"sv}, // %+8x
    {42LL, 'x', RPY_FMT_PLUS, 0, 3, "+02a"sv}, // %+.3x
    {42LL, 'x', RPY_FMT_PLUS, 10, 4, "     +002a"sv}, // %+10.4x
    {42LL, 'x', RPY_FMT_PLUS, 0, 0, "+2a"sv}, // %+.0x
    {42LL, 'x', RPY_FMT_SPACE, 0, -1, " 2a"sv}, // % x
    {42LL, 'x', RPY_FMT_SPACE, 8, -1, "      2a"sv}, // % 8x
    {42LL, 'x', RPY_FMT_SPACE, 0, 3, " 02a"sv}, // % .3x
    {42LL, 'x', RPY_FMT_SPACE, 10, 4, "      002a"sv}, // % 10.4x
    {42LL, 'x', RPY_FMT_SPACE, 0, 0, " 2a"sv}, // % .0x
    {42LL, 'x', RPY_FMT_ZERO, 0, -1, "2a"sv}, // %0x
    {42LL, 'x', RPY_FMT_ZERO, 8, -1, "0000002a"sv}, // %08x
    {42LL, 'x', RPY_FMT_ZERO, 0, 3, "02a"sv}, // %0.3x
    {42LL, 'x', RPY_FMT_ZERO, 10, 4, "000000002a"sv}, // %010.4x
    {42LL, 'x', RPY_FMT_ZERO, 0, 0, "2a"sv}, // %0.0x
    {42LL, 'x', RPY_FMT_ALT, 0, -1, "0x2a"sv}, // %#x
    {42LL, 'x', RPY_FMT_ALT, 8, -1, "    0x2a"sv}, // %#8x
    {42LL, 'x', RPY_FMT_ALT, 0, 3, "0x02a"sv}, // %#.3x
    {42LL, 'x', RPY_FMT_ALT, 10, 4, "    0x002a"sv}, // %#10.4x
    {42LL, 'x', RPY_FMT_ALT, 0, 0, "0x2a"sv}, // %#.0x
    {42LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+2a"sv}, // %+0x
    {42LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+000002a"sv}, // %+08x
    {42LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+02a"sv}, // %+0.3x
    {42LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+00000002a"sv}, // %+010.4x
    {42LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+2a"sv}, // %+0.0x
    {42LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0x2a"sv}, // %-#x
    {42LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0x2a    "sv}, // %-#8x
    {42LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0x02a"sv}, // %-#.3x
    {42LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0x002a    "sv}, // %-#10.4x
    {42LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0x2a"sv}, // %-#.0x
    {42LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0x2a"sv}, // %#0x
    {42LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0x00002a"sv}, // %#08x
    {42LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0x02a"sv}, // %#0.3x
    {42LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0x0000002a"sv}, // %#010.4x
    {42LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0x2a"sv}, // %#0.0x
    {42LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 2a"sv}, // % 0x
    {42LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 000002a"sv}, // % 08x
    {42LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 02a"sv}, // % 0.3x
    {42LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 00000002a"sv}, // % 010.4x
    {42LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 2a"sv}, // % 0.0x
    {42LL, 'X', 0, 0, -1, "2A"sv}, // %X
    {42LL, 'X', 0, 8, -1, "      2A"sv}, // %8X
    {42LL, 'X', 0, 0, 3, "02A"sv}, // %.3X
    {42LL, 'X', 0, 10, 4, "      002A"sv}, // %10.4X
    {42LL, 'X', 0, 0, 0, "2A"sv}, // %.0X
    {42LL, 'X', RPY_FMT_LEFT, 0, -1, "2A"sv}, // %-X
    {42LL, 'X', RPY_FMT_LEFT, 8, -1, "2A      "sv}, // %-8X
    {42LL, 'X', RPY_FMT_LEFT, 0, 3, "02A"sv}, // %-.3X
    {42LL, 'X', RPY_FMT_LEFT, 10, 4, "002A      "sv}, // %-10.4X
    {42LL, 'X', RPY_FMT_LEFT, 0, 0, "2A"sv}, // %-.0X
    {42LL, 'X', RPY_FMT_PLUS, 0, -1, "+2A"sv}, // %+X
    {42LL, 'X', RPY_FMT_PLUS, 8, -1, "     +2A"sv}, // %+8X
    {42LL, 'X', RPY_FMT_PLUS, 0, 3, "+02A"sv}, // %+.3X
    {42LL, 'X', RPY_FMT_PLUS, 10, 4, "     +002A"sv}, // %+10.4X
    {42LL, 'X', RPY_FMT_PLUS, 0, 0, "+2A"sv}, // %+.0X
    {42LL, 'X', RPY_FMT_SPACE, 0, -1, " 2A"sv}, // % X
    {42LL, 'X', RPY_FMT_SPACE, 8, -1, "      2A"sv}, // % 8X
    {42LL, 'X', RPY_FMT_SPACE, 0, 3, " 02A"sv}, // % .3X
    {42LL, 'X', RPY_FMT_SPACE, 10, 4, "      002A"sv}, // % 10.4X
    {42LL, 'X', RPY_FMT_SPACE, 0, 0, " 2A"sv}, // % .0X
    {42LL, 'X', RPY_FMT_ZERO, 0, -1, "2A"sv}, // %0X
    {42LL, 'X', RPY_FMT_ZERO, 8, -1, "0000002A"sv}, // %08X
    {42LL, 'X', RPY_FMT_ZERO, 0, 3, "02A"sv}, // %0.3X
    {42LL, 'X', RPY_FMT_ZERO, 10, 4, "000000002A"sv}, // %010.4X
    {42LL, 'X', RPY_FMT_ZERO, 0, 0, "2A"sv}, // %0.0X
    {42LL, 'X', RPY_FMT_ALT, 0, -1, "0X2A"sv}, // %#X
    {42LL, 'X', RPY_FMT_ALT, 8, -1, "    0X2A"sv}, // %#8X
    {42LL, 'X', RPY_FMT_ALT, 0, 3, "0X02A"sv}, // %#.3X
    {42LL, 'X', RPY_FMT_ALT, 10, 4, "    0X002A"sv}, // %#10.4X
    {42LL, 'X', RPY_FMT_ALT, 0, 0, "0X2A"sv}, // %#.0X
    {42LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+2A"sv}, // %+0X
    {42LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+000002A"sv}, // %+08X
    {42LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+02A"sv}, // %+0.3X
    {42LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+00000002A"sv}, // %+010.4X
    {42LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+2A"sv}, // %+0.0X
    {42LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0X2A"sv}, // %-#X
    {42LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0X2A    "sv}, // %-#8X
    {42LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0X02A"sv}, // %-#.3X
    {42LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0X002A    "sv}, // %-#10.4X
    {42LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0X2A"sv}, // %-#.0X
    {42LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0X2A"sv}, // %#0X
    {42LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0X00002A"sv}, // %#08X
    {42LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0X02A"sv}, // %#0.3X
    {42LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0X0000002A"sv}, // %#010.4X
    {42LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0X2A"sv}, // %#0.0X
    {42LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 2A"sv}, // % 0X
    {42LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 000002A"sv}, // % 08X
    {42LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 02A"sv}, // % 0.3X
    {42LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 00000002A"sv}, // % 010.4X
    {42LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 2A"sv}, // % 0.0X
    {42LL, 'o', 0, 0, -1, "52"sv}, // %o
    {42LL, 'o', 0, 8, -1, "      52"sv}, // %8o
    {42LL, 'o', 0, 0, 3, "052"sv}, // %.3o
    {42LL, 'o', 0, 10, 4, "      0052"sv}, // %10.4o
    {42LL, 'o', 0, 0, 0, "52"sv}, // %.0o
    {42LL, 'o', RPY_FMT_LEFT, 0, -1, "52"sv}, // %-o
    {42LL, 'o', RPY_FMT_LEFT, 8, -1, "52      "sv}, // %-8o
    {42LL, 'o', RPY_FMT_LEFT, 0, 3, "052"sv}, // %-.3o
    {42LL, 'o', RPY_FMT_LEFT, 10, 4, "0052      "sv}, // %-10.4o
    {42LL, 'o', RPY_FMT_LEFT, 0, 0, "52"sv}, // %-.0o
    {42LL, 'o', RPY_FMT_PLUS, 0, -1, "+52"sv}, // %+o
    {42LL, 'o', RPY_FMT_PLUS, 8, -1, "     +52"sv}, // %+8o
    {42LL, 'o', RPY_FMT_PLUS, 0, 3, "+052"sv}, // %+.3o
    {42LL, 'o', RPY_FMT_PLUS, 10, 4, "     +0052"sv}, // %+10.4o
    {42LL, 'o', RPY_FMT_PLUS, 0, 0, "+52"sv}, // %+.0o
    {42LL, 'o', RPY_FMT_SPACE, 0, -1, " 52"sv}, // % o
    {42LL, 'o', RPY_FMT_SPACE, 8, -1, "      52"sv}, // % 8o
    {42LL, 'o', RPY_FMT_SPACE, 0, 3, " 052"sv}, // % .3o
    {42LL, 'o', RPY_FMT_SPACE, 10, 4, "      0052"sv}, // % 10.4o
    {42LL, 'o', RPY_FMT_SPACE, 0, 0, " 52"sv}, // % .0o
    {42LL, 'o', RPY_FMT_ZERO, 0, -1, "52"sv}, // %0o
    {42LL, 'o', RPY_FMT_ZERO, 8, -1, "00000052"sv}, // %08o
    {42LL, 'o', RPY_FMT_ZERO, 0, 3, "052"sv}, // %0.3o
    {42LL, 'o', RPY_FMT_ZERO, 10, 4, "0000000052"sv}, // %010.4o
    {42LL, 'o', RPY_FMT_ZERO, 0, 0, "52"sv}, // %0.0o
    {42LL, 'o', RPY_FMT_ALT, 0, -1, "0o52"sv}, // %#o
    {42LL, 'o', RPY_FMT_ALT, 8, -1, "    0o52"sv}, // %#8o
    {42LL, 'o', RPY_FMT_ALT, 0, 3, "0o052"sv}, // %#.3o
    {42LL, 'o', RPY_FMT_ALT, 10, 4, "    0o0052"sv}, // %#10.4o
    {42LL, 'o', RPY_FMT_ALT, 0, 0, "0o52"sv}, // %#.0o
    {42LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+52"sv}, // %+0o
    {42LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000052"sv}, // %+08o
    {42LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+052"sv}, // %+0.3o
    {42LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000052"sv}, // %+010.4o
    {42LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+52"sv}, // %+0.0o
    {42LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0o52"sv}, // %-#o
    {42LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0o52    "sv}, // %-#8o
    {42LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0o052"sv}, // %-#.3o
    {42LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0o0052    "sv}, // %-#10.4o
    {42LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0o52"sv}, // %-#.0o
    {42LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0o52"sv}, // %#0o
    {42LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0o000052"sv}, // %#08o
    {42LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0o052"sv}, // %#0.3o
    {42LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0o00000052"sv}, // %#010.4o
    {42LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0o52"sv}, // %#0.0o
    {42LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 52"sv}, // % 0o
    {42LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000052"sv}, // % 08o
    {42LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 052"sv}, // % 0.3o
    {42LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000052"sv}, // % 010.4o
    {42LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 52"sv}, // % 0.0o
    {42LL, 'e', 0, 0, -1, "4.200000e+01"sv}, // %e
    {42LL, 'e', 0, 8, -1, "4.200000e+01"sv}, // %8e
    {42LL, 'e', 0, 0, 3, "4.200e+01"sv}, // %.3e
    {42LL, 'e', 0, 10, 4, "4.2000e+01"sv}, // %10.4e
    {42LL, 'e', 0, 0, 0, "4e+01"sv}, // %.0e
    {42LL, 'e', RPY_FMT_LEFT, 0, -1, "4.200000e+01"sv}, // %-e
    {42LL, 'e', RPY_FMT_LEFT, 8, -1, "4.200000e+01"sv}, // %-8e
    {42LL, 'e', RPY_FMT_LEFT, 0, 3, "4.200e+01"sv}, // %-.3e
    {42LL, 'e', RPY_FMT_LEFT, 10, 4, "4.2000e+01"sv}, // %-10.4e
    {42LL, 'e', RPY_FMT_LEFT, 0, 0, "4e+01"sv}, // %-.0e
    {42LL, 'e', RPY_FMT_PLUS, 0, -1, "+4.200000e+01"sv}, // %+e
    {42LL, 'e', RPY_FMT_PLUS, 8, -1, "+4.200000e+01"sv}, // %+8e
    {42LL, 'e', RPY_FMT_PLUS, 0, 3, "+4.200e+01"sv}, // %+.3e
    {42LL, 'e', RPY_FMT_PLUS, 10, 4, "+4.2000e+01"sv}, // %+10.4e
    {42LL, 'e', RPY_FMT_PLUS, 0, 0, "+4e+01"sv}, // %+.0e
    {42LL, 'e', RPY_FMT_SPACE, 0, -1, " 4.200000e+01"sv}, // % e
    {42LL, 'e', RPY_FMT_SPACE, 8, -1, " 4.200000e+01"sv}, // % 8e
    {42LL, 'e', RPY_FMT_SPACE, 0, 3, " 4.200e+01"sv}, // % .3e
    {42LL, 'e', RPY_FMT_SPACE, 10, 4, " 4.2000e+01"sv}, // % 10.4e
    {42LL, 'e', RPY_FMT_SPACE, 0, 0, " 4e+01"sv}, // % .0e
    {42LL, 'e', RPY_FMT_ZERO, 0, -1, "4.200000e+01"sv}, // %0e
    {42LL, 'e', RPY_FMT_ZERO, 8, -1, "4.200000e+01"sv}, // %08e
    {42LL, 'e', RPY_FMT_ZERO, 0, 3, "4.200e+01"sv}, // %0.3e
    {42LL, 'e', RPY_FMT_ZERO, 10, 4, "4.2000e+01"sv}, // %010.4e
    {42LL, 'e', RPY_FMT_ZERO, 0, 0, "4e+01"sv}, // %0.0e
    {42LL, 'e', RPY_FMT_ALT, 0, -1, "4.200000e+01"sv}, // %#e
    {42LL, 'e', RPY_FMT_ALT, 8, -1, "4.200000e+01"sv}, // %#8e
    {42LL, 'e', RPY_FMT_ALT, 0, 3, "4.200e+01"sv}, // %#.3e
    {42LL, 'e', RPY_FMT_ALT, 10, 4, "4.2000e+01"sv}, // %#10.4e
    {42LL, 'e', RPY_FMT_ALT, 0, 0, "4.e+01"sv}, // %#.0e
    {42LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+4.200000e+01"sv}, // %+0e
    {42LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+4.200000e+01"sv}, // %+08e
    {42LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+4.200e+01"sv}, // %+0.3e
    {42LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+4.2000e+01"sv}, // %+010.4e
    {42LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+4e+01"sv}, // %+0.0e
    {42LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "4.200000e+01"sv}, // %-#e
    {42LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "4.200000e+01"sv}, // %-#8e
    {42LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "4.200e+01"sv}, // %-#.3e
    {42LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "4.2000e+01"sv}, // %-#10.4e
    {42LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "4.e+01"sv}, // %-#.0e
    {42LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "4.200000e+01"sv}, // %#0e
    {42LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "4.200000e+01"sv}, // %#08e
    {42LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "4.200e+01"sv}, // %#0.3e
    {42LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "4.2000e+01"sv}, // %#010.4e
    {42LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "4.e+01"sv}, // %#0.0e
    {42LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 4.200000e+01"sv}, // % 0e
    {42LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 4.200000e+01"sv}, // % 08e
    {42LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 4.200e+01"sv}, // % 0.3e
    {42LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 4.2000e+01"sv}, // % 010.4e
    {42LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 4e+01"sv}, // % 0.0e
    {42LL, 'E', 0, 0, -1, "4.200000E+01"sv}, // %E
    {42LL, 'E', 0, 8, -1, "4.200000E+01"sv}, // %8E
    {42LL, 'E', 0, 0, 3, "4.200E+01"sv}, // %.3E
    {42LL, 'E', 0, 10, 4, "4.2000E+01"sv}, // %10.4E
    {42LL, 'E', 0, 0, 0, "4E+01"sv}, // %.0E
    {42LL, 'E', RPY_FMT_LEFT, 0, -1, "4.200000E+01"sv}, // %-E
    {42LL, 'E', RPY_FMT_LEFT, 8, -1, "4.200000E+01"sv}, // %-8E
    {42LL, 'E', RPY_FMT_LEFT, 0, 3, "4.200E+01"sv}, // %-.3E
    {42LL, 'E', RPY_FMT_LEFT, 10, 4, "4.2000E+01"sv}, // %-10.4E
    {42LL, 'E', RPY_FMT_LEFT, 0, 0, "4E+01"sv}, // %-.0E
    {42LL, 'E', RPY_FMT_PLUS, 0, -1, "+4.200000E+01"sv}, // %+E
    {42LL, 'E', RPY_FMT_PLUS, 8, -1, "+4.200000E+01"sv}, // %+8E
    {42LL, 'E', RPY_FMT_PLUS, 0, 3, "+4.200E+01"sv}, // %+.3E
    {42LL, 'E', RPY_FMT_PLUS, 10, 4, "+4.2000E+01"sv}, // %+10.4E
    {42LL, 'E', RPY_FMT_PLUS, 0, 0, "+4E+01"sv}, // %+.0E
    {42LL, 'E', RPY_FMT_SPACE, 0, -1, " 4.200000E+01"sv}, // % E
    {42LL, 'E', RPY_FMT_SPACE, 8, -1, " 4.200000E+01"sv}, // % 8E
    {42LL, 'E', RPY_FMT_SPACE, 0, 3, " 4.200E+01"sv}, // % .3E
    {42LL, 'E', RPY_FMT_SPACE, 10, 4, " 4.2000E+01"sv}, // % 10.4E
    {42LL, 'E', RPY_FMT_SPACE, 0, 0, " 4E+01"sv}, // % .0E
    {42LL, 'E', RPY_FMT_ZERO, 0, -1, "4.200000E+01"sv}, // %0E
    {42LL, 'E', RPY_FMT_ZERO, 8, -1, "4.200000E+01"sv}, // %08E
    {42LL, 'E', RPY_FMT_ZERO, 0, 3, "4.200E+01"sv}, // %0.3E
    {42LL, 'E', RPY_FMT_ZERO, 10, 4, "4.2000E+01"sv}, // %010.4E
    {42LL, 'E', RPY_FMT_ZERO, 0, 0, "4E+01"sv}, // %0.0E
    {42LL, 'E', RPY_FMT_ALT, 0, -1, "4.200000E+01"sv}, // %#E
    {42LL, 'E', RPY_FMT_ALT, 8, -1, "4.200000E+01"sv}, // %#8E
    {42LL, 'E', RPY_FMT_ALT, 0, 3, "4.200E+01"sv}, // %#.3E
    {42LL, 'E', RPY_FMT_ALT, 10, 4, "4.2000E+01"sv}, // %#10.4E
    {42LL, 'E', RPY_FMT_ALT, 0, 0, "4.E+01"sv}, // %#.0E
    {42LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+4.200000E+01"sv}, // %+0E
    {42LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+4.200000E+01"sv}, // %+08E
    {42LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+4.200E+01"sv}, // %+0.3E
    {42LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+4.2000E+01"sv}, // %+010.4E
    {42LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+4E+01"sv}, // %+0.0E
    {42LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "4.200000E+01"sv}, // %-#E
    {42LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "4.200000E+01"sv}, // %-#8E
    {42LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "4.200E+01"sv}, // %-#.3E
    {42LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "4.2000E+01"sv}, // %-#10.4E
    {42LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "4.E+01"sv}, // %-#.0E
    {42LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "4.200000E+01"sv}, // %#0E
    {42LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "4.200000E+01"sv}, // %#08E
    {42LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "4.200E+01"sv}, // %#0.3E
    {42LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "4.2000E+01"sv}, // %#010.4E
    {42LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "4.E+01"sv}, // %#0.0E
    {42LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 4.200000E+01"sv}, // % 0E
    {42LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 4.200000E+01"sv}, // % 08E
    {42LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 4.200E+01"sv}, // % 0.3E
    {42LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 4.2000E+01"sv}, // % 010.4E
    {42LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 4E+01"sv}, // % 0.0E
    {42LL, 'f', 0, 0, -1, "42.000000"sv}, // %f
    {42LL, 'f', 0, 8, -1, "42.000000"sv}, // %8f
    {42LL, 'f', 0, 0, 3, "42.000"sv}, // %.3f
    {42LL, 'f', 0, 10, 4, "   42.0000"sv}, // %10.4f
    {42LL, 'f', 0, 0, 0, "42"sv}, // %.0f
    {42LL, 'f', RPY_FMT_LEFT, 0, -1, "42.000000"sv}, // %-f
    {42LL, 'f', RPY_FMT_LEFT, 8, -1, "42.000000"sv}, // %-8f
    {42LL, 'f', RPY_FMT_LEFT, 0, 3, "42.000"sv}, // %-.3f
    {42LL, 'f', RPY_FMT_LEFT, 10, 4, "42.0000   "sv}, // %-10.4f
    {42LL, 'f', RPY_FMT_LEFT, 0, 0, "42"sv}, // %-.0f
    {42LL, 'f', RPY_FMT_PLUS, 0, -1, "+42.000000"sv}, // %+f
    {42LL, 'f', RPY_FMT_PLUS, 8, -1, "+42.000000"sv}, // %+8f
    {42LL, 'f', RPY_FMT_PLUS, 0, 3, "+42.000"sv}, // %+.3f
    {42LL, 'f', RPY_FMT_PLUS, 10, 4, "  +42.0000"sv}, // %+10.4f
    {42LL, 'f', RPY_FMT_PLUS, 0, 0, "+42"sv}, // %+.0f
    {42LL, 'f', RPY_FMT_SPACE, 0, -1, " 42.000000"sv}, // % f
    {42LL, 'f', RPY_FMT_SPACE, 8, -1, " 42.000000"sv}, // % 8f
    {42LL, 'f', RPY_FMT_SPACE, 0, 3, " 42.000"sv}, // % .3f
    {42LL, 'f', RPY_FMT_SPACE, 10, 4, "   42.0000"sv}, // % 10.4f
    {42LL, 'f', RPY_FMT_SPACE, 0, 0, " 42"sv}, // % .0f
    {42LL, 'f', RPY_FMT_ZERO, 0, -1, "42.000000"sv}, // %0f
    {42LL, 'f', RPY_FMT_ZERO, 8, -1, "42.000000"sv}, // %08f
    {42LL, 'f', RPY_FMT_ZERO, 0, 3, "42.000"sv}, // %0.3f
    {42LL, 'f', RPY_FMT_ZERO, 10, 4, "00042.0000"sv}, // %010.4f
    {42LL, 'f', RPY_FMT_ZERO, 0, 0, "42"sv}, // %0.0f
    {42LL, 'f', RPY_FMT_ALT, 0, -1, "42.000000"sv}, // %#f
    {42LL, 'f', RPY_FMT_ALT, 8, -1, "42.000000"sv}, // %#8f
    {42LL, 'f', RPY_FMT_ALT, 0, 3, "42.000"sv}, // %#.3f
    {42LL, 'f', RPY_FMT_ALT, 10, 4, "   42.0000"sv}, // %#10.4f
    {42LL, 'f', RPY_FMT_ALT, 0, 0, "42."sv}, // %#.0f
    {42LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+42.000000"sv}, // %+0f
    {42LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+42.000000"sv}, // %+08f
    {42LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+42.000"sv}, // %+0.3f
    {42LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+0042.0000"sv}, // %+010.4f
    {42LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+42"sv}, // %+0.0f
    {42LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "42.000000"sv}, // %-#f
    {42LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "42.000000"sv}, // %-#8f
    {42LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "42.000"sv}, // %-#.3f
    {42LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "42.0000   "sv}, // %-#10.4f
    {42LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "42."sv}, // %-#.0f
    {42LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "42.000000"sv}, // %#0f
    {42LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "42.000000"sv}, // %#08f
    {42LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "42.000"sv}, // %#0.3f
    {42LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "00042.0000"sv}, // %#010.4f
    {42LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "42."sv}, // %#0.0f
    {42LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 42.000000"sv}, // % 0f
    {42LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 42.000000"sv}, // % 08f
    {42LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 42.000"sv}, // % 0.3f
    {42LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 0042.0000"sv}, // % 010.4f
    {42LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 42"sv}, // % 0.0f
    {42LL, 'g', 0, 0, -1, "42"sv}, // %g
    {42LL, 'g', 0, 8, -1, "      42"sv}, // %8g
    {42LL, 'g', 0, 0, 3, "42"sv}, // %.3g
    {42LL, 'g', 0, 10, 4, "        42"sv}, // %10.4g
    {42LL, 'g', 0, 0, 0, "4e+01"sv}, // %.0g
    {42LL, 'g', RPY_FMT_LEFT, 0, -1, "42"sv}, // %-g
    {42LL, 'g', RPY_FMT_LEFT, 8, -1, "42      "sv}, // %-8g
    {42LL, 'g', RPY_FMT_LEFT, 0, 3, "42"sv}, // %-.3g
    {42LL, 'g', RPY_FMT_LEFT, 10, 4, "42        "sv}, // %-10.4g
    {42LL, 'g', RPY_FMT_LEFT, 0, 0, "4e+01"sv}, // %-.0g
    {42LL, 'g', RPY_FMT_PLUS, 0, -1, "+42"sv}, // %+g
    {42LL, 'g', RPY_FMT_PLUS, 8, -1, "     +42"sv}, // %+8g
    {42LL, 'g', RPY_FMT_PLUS, 0, 3, "+42"sv}, // %+.3g
    {42LL, 'g', RPY_FMT_PLUS, 10, 4, "       +42"sv}, // %+10.4g
    {42LL, 'g', RPY_FMT_PLUS, 0, 0, "+4e+01"sv}, // %+.0g
    {42LL, 'g', RPY_FMT_SPACE, 0, -1, " 42"sv}, // % g
    {42LL, 'g', RPY_FMT_SPACE, 8, -1, "      42"sv}, // % 8g
    {42LL, 'g', RPY_FMT_SPACE, 0, 3, " 42"sv}, // % .3g
    {42LL, 'g', RPY_FMT_SPACE, 10, 4, "        42"sv}, // % 10.4g
    {42LL, 'g', RPY_FMT_SPACE, 0, 0, " 4e+01"sv}, // % .0g
    {42LL, 'g', RPY_FMT_ZERO, 0, -1, "42"sv}, // %0g
    {42LL, 'g', RPY_FMT_ZERO, 8, -1, "00000042"sv}, // %08g
    {42LL, 'g', RPY_FMT_ZERO, 0, 3, "42"sv}, // %0.3g
    {42LL, 'g', RPY_FMT_ZERO, 10, 4, "0000000042"sv}, // %010.4g
    {42LL, 'g', RPY_FMT_ZERO, 0, 0, "4e+01"sv}, // %0.0g
    {42LL, 'g', RPY_FMT_ALT, 0, -1, "42.0000"sv}, // %#g
    {42LL, 'g', RPY_FMT_ALT, 8, -1, " 42.0000"sv}, // %#8g
    {42LL, 'g', RPY_FMT_ALT, 0, 3, "42.0"sv}, // %#.3g
    {42LL, 'g', RPY_FMT_ALT, 10, 4, "     42.00"sv}, // %#10.4g
    {42LL, 'g', RPY_FMT_ALT, 0, 0, "4.e+01"sv}, // %#.0g
    {42LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+42"sv}, // %+0g
    {42LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000042"sv}, // %+08g
    {42LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+42"sv}, // %+0.3g
    {42LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000042"sv}, // %+010.4g
    {42LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+4e+01"sv}, // %+0.0g
    {42LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "42.0000"sv}, // %-#g
    {42LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "42.0000 "sv}, // %-#8g
    {42LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "42.0"sv}, // %-#.3g
    {42LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "42.00     "sv}, // %-#10.4g
    {42LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "4.e+01"sv}, // %-#.0g
    {42LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "42.0000"sv}, // %#0g
    {42LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "042.0000"sv}, // %#08g
    {42LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "42.0"sv}, // %#0.3g
    {42LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000042.00"sv}, // %#010.4g
    {42LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "4.e+01"sv}, // %#0.0g
    {42LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 42"sv}, // % 0g
    {42LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000042"sv}, // % 08g
    {42LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 42"sv}, // % 0.3g
    {42LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000042"sv}, // % 010.4g
    {42LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 4e+01"sv}, // % 0.0g
    {42LL, 'G', 0, 0, -1, "42"sv}, // %G
    {42LL, 'G', 0, 8, -1, "      42"sv}, // %8G
    {42LL, 'G', 0, 0, 3, "42"sv}, // %.3G
    {42LL, 'G', 0, 10, 4, "        42"sv}, // %10.4G
    {42LL, 'G', 0, 0, 0, "4E+01"sv}, // %.0G
    {42LL, 'G', RPY_FMT_LEFT, 0, -1, "42"sv}, // %-G
    {42LL, 'G', RPY_FMT_LEFT, 8, -1, "42      "sv}, // %-8G
    {42LL, 'G', RPY_FMT_LEFT, 0, 3, "42"sv}, // %-.3G
    {42LL, 'G', RPY_FMT_LEFT, 10, 4, "42        "sv}, // %-10.4G
    {42LL, 'G', RPY_FMT_LEFT, 0, 0, "4E+01"sv}, // %-.0G
    {42LL, 'G', RPY_FMT_PLUS, 0, -1, "+42"sv}, // %+G
    {42LL, 'G', RPY_FMT_PLUS, 8, -1, "     +42"sv}, // %+8G
    {42LL, 'G', RPY_FMT_PLUS, 0, 3, "+42"sv}, // %+.3G
    {42LL, 'G', RPY_FMT_PLUS, 10, 4, "       +42"sv}, // %+10.4G
    {42LL, 'G', RPY_FMT_PLUS, 0, 0, "+4E+01"sv}, // %+.0G
    {42LL, 'G', RPY_FMT_SPACE, 0, -1, " 42"sv}, // % G
    {42LL, 'G', RPY_FMT_SPACE, 8, -1, "      42"sv}, // % 8G
    {42LL, 'G', RPY_FMT_SPACE, 0, 3, " 42"sv}, // % .3G
    {42LL, 'G', RPY_FMT_SPACE, 10, 4, "        42"sv}, // % 10.4G
    {42LL, 'G', RPY_FMT_SPACE, 0, 0, " 4E+01"sv}, // % .0G
    {42LL, 'G', RPY_FMT_ZERO, 0, -1, "42"sv}, // %0G
    {42LL, 'G', RPY_FMT_ZERO, 8, -1, "00000042"sv}, // %08G
    {42LL, 'G', RPY_FMT_ZERO, 0, 3, "42"sv}, // %0.3G
    {42LL, 'G', RPY_FMT_ZERO, 10, 4, "0000000042"sv}, // %010.4G
    {42LL, 'G', RPY_FMT_ZERO, 0, 0, "4E+01"sv}, // %0.0G
    {42LL, 'G', RPY_FMT_ALT, 0, -1, "42.0000"sv}, // %#G
    {42LL, 'G', RPY_FMT_ALT, 8, -1, " 42.0000"sv}, // %#8G
    {42LL, 'G', RPY_FMT_ALT, 0, 3, "42.0"sv}, // %#.3G
    {42LL, 'G', RPY_FMT_ALT, 10, 4, "     42.00"sv}, // %#10.4G
    {42LL, 'G', RPY_FMT_ALT, 0, 0, "4.E+01"sv}, // %#.0G
    {42LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+42"sv}, // %+0G
    {42LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000042"sv}, // %+08G
    {42LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+42"sv}, // %+0.3G
    {42LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000042"sv}, // %+010.4G
    {42LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+4E+01"sv}, // %+0.0G
    {42LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "42.0000"sv}, // %-#G
    {42LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "42.0000 "sv}, // %-#8G
    {42LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "42.0"sv}, // %-#.3G
    {42LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "42.00     "sv}, // %-#10.4G
    {42LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "4.E+01"sv}, // %-#.0G
    {42LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "42.0000"sv}, // %#0G
    {42LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "042.0000"sv}, // %#08G
    {42LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "42.0"sv}, // %#0.3G
    {42LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000042.00"sv}, // %#010.4G
    {42LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "4.E+01"sv}, // %#0.0G
    {42LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 42"sv}, // % 0G
    {42LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000042"sv}, // % 08G
    {42LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 42"sv}, // % 0.3G
    {42LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000042"sv}, // % 010.4G
    {42LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 4E+01"sv}, // % 0.0G
    {42LL, 's', 0, 0, -1, "42"sv}, // %s
    {42LL, 's', 0, 8, -1, "      42"sv}, // %8s
    {42LL, 's', 0, 0, 3, "42"sv}, // %.3s
    {42LL, 's', 0, 10, 4, "        42"sv}, // %10.4s
    {42LL, 's', 0, 0, 0, ""sv}, // %.0s
    {42LL, 's', RPY_FMT_LEFT, 0, -1, "42"sv}, // %-s
    {42LL, 's', RPY_FMT_LEFT, 8, -1, "42      "sv}, // %-8s
    {42LL, 's', RPY_FMT_LEFT, 0, 3, "42"sv}, // %-.3s
    {42LL, 's', RPY_FMT_LEFT, 10, 4, "42        "sv}, // %-10.4s
    {42LL, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {42LL, 's', RPY_FMT_PLUS, 0, -1, "42"sv}, // %+s
    {42LL, 's', RPY_FMT_PLUS, 8, -1, "      42"sv}, // %+8s
    {42LL, 's', RPY_FMT_PLUS, 0, 3, "42"sv}, // %+.3s
    {42LL, 's', RPY_FMT_PLUS, 10, 4, "        42"sv}, // %+10.4s
    {42LL, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {42LL, 's', RPY_FMT_SPACE, 0, -1, "42"sv}, // % s
    {42LL, 's', RPY_FMT_SPACE, 8, -1, "      42"sv}, // % 8s
    {42LL, 's', RPY_FMT_SPACE, 0, 3, "42"sv}, // % .3s
    {42LL, 's', RPY_FMT_SPACE, 10, 4, "        42"sv}, // % 10.4s
    {42LL, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {42LL, 's', RPY_FMT_ZERO, 0, -1, "42"sv}, // %0s
    {42LL, 's', RPY_FMT_ZERO, 8, -1, "      42"sv}, // %08s
    {42LL, 's', RPY_FMT_ZERO, 0, 3, "42"sv}, // %0.3s
    {42LL, 's', RPY_FMT_ZERO, 10, 4, "        42"sv}, // %010.4s
    {42LL, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {42LL, 's', RPY_FMT_ALT, 0, -1, "42"sv}, // %#s
    {42LL, 's', RPY_FMT_ALT, 8, -1, "      42"sv}, // %#8s
    {42LL, 's', RPY_FMT_ALT, 0, 3, "42"sv}, // %#.3s
    {42LL, 's', RPY_FMT_ALT, 10, 4, "        42"sv}, // %#10.4s
    {42LL, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {42LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "42"sv}, // %+0s
    {42LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "      42"sv}, // %+08s
    {42LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "42"sv}, // %+0.3s
    {42LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "        42"sv}, // %+010.4s
    {42LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {42LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "42"sv}, // %-#s
    {42LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "42      "sv}, // %-#8s
    {42LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "42"sv}, // %-#.3s
    {42LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "42        "sv}, // %-#10.4s
    {42LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {42LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "42"sv}, // %#0s
    {42LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "      42"sv}, // %#08s
    {42LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "42"sv}, // %#0.3s
    {42LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "        42"sv}, // %#010.4s
    {42LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0s
    {42LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "42"sv}, // % 0s
    {42LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "      42"sv}, // % 08s
    {42LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "42"sv}, // % 0.3s
    {42LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "        42"sv}, // % 010.4s
    {42LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0s
    {42LL, 'r', 0, 0, -1, "42"sv}, // %r
    {42LL, 'r', 0, 8, -1, "      42"sv}, // %8r
    {42LL, 'r', 0, 0, 3, "42"sv}, // %.3r
    {42LL, 'r', 0, 10, 4, "        42"sv}, // %10.4r
    {42LL, 'r', 0, 0, 0, ""sv}, // %.0r
    {42LL, 'r', RPY_FMT_LEFT, 0, -1, "42"sv}, // %-r
    {42LL, 'r', RPY_FMT_LEFT, 8, -1, "42      "sv}, // %-8r
    {42LL, 'r', RPY_FMT_LEFT, 0, 3, "42"sv}, // %-.3r
    {42LL, 'r', RPY_FMT_LEFT, 10, 4, "42        "sv}, // %-10.4r
    {42LL, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {42LL, 'r', RPY_FMT_PLUS, 0, -1, "42"sv}, // %+r
    {42LL, 'r', RPY_FMT_PLUS, 8, -1, "      42"sv}, // %+8r
    {42LL, 'r', RPY_FMT_PLUS, 0, 3, "42"sv}, // %+.3r
    {42LL, 'r', RPY_FMT_PLUS, 10, 4, "        42"sv}, // %+10.4r
    {42LL, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {42LL, 'r', RPY_FMT_SPACE, 0, -1, "42"sv}, // % r
    {42LL, 'r', RPY_FMT_SPACE, 8, -1, "      42"sv}, // % 8r
    {42LL, 'r', RPY_FMT_SPACE, 0, 3, "42"sv}, // % .3r
    {42LL, 'r', RPY_FMT_SPACE, 10, 4, "        42"sv}, // % 10.4r
    {42LL, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {42LL, 'r', RPY_FMT_ZERO, 0, -1, "42"sv}, // %0r
    {42LL, 'r', RPY_FMT_ZERO, 8, -1, "      42"sv}, // %08r
    {42LL, 'r', RPY_FMT_ZERO, 0, 3, "42"sv}, // %0.3r
    {42LL, 'r', RPY_FMT_ZERO, 10, 4, "        42"sv}, // %010.4r
    {42LL, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {42LL, 'r', RPY_FMT_ALT, 0, -1, "42"sv}, // %#r
    {42LL, 'r', RPY_FMT_ALT, 8, -1, "      42"sv}, // %#8r
    {42LL, 'r', RPY_FMT_ALT, 0, 3, "42"sv}, // %#.3r
    {42LL, 'r', RPY_FMT_ALT, 10, 4, "        42"sv}, // %#10.4r
    {42LL, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {42LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "42"sv}, // %+0r
    {42LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "      42"sv}, // %+08r
    {42LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "42"sv}, // %+0.3r
    {42LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "        42"sv}, // %+010.4r
    {42LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {42LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "42"sv}, // %-#r
    {42LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "42      "sv}, // %-#8r
    {42LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "42"sv}, // %-#.3r
    {42LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "42        "sv}, // %-#10.4r
    {42LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {42LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "42"sv}, // %#0r
    {42LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "      42"sv}, // %#08r
    {42LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "42"sv}, // %#0.3r
    {42LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "        42"sv}, // %#010.4r
    {42LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0r
    {42LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "42"sv}, // % 0r
    {42LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "      42"sv}, // % 08r
    {42LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "42"sv}, // % 0.3r
    {42LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "        42"sv}, // % 010.4r
    {42LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0r
    {42LL, 'c', 0, 0, -1, "*"sv}, // %c
    {42LL, 'c', 0, 8, -1, "       *"sv}, // %8c
    {42LL, 'c', 0, 0, 3, "*"sv}, // %.3c
    {42LL, 'c', 0, 10, 4, "         *"sv}, // %10.4c
    {42LL, 'c', 0, 0, 0, "*"sv}, // %.0c
    {42LL, 'c', RPY_FMT_LEFT, 0, -1, "*"sv}, // %-c
    {42LL, 'c', RPY_FMT_LEFT, 8, -1, "*       "sv}, // %-8c
    {42LL, 'c', RPY_FMT_LEFT, 0, 3, "*"sv}, // %-.3c
    {42LL, 'c', RPY_FMT_LEFT, 10, 4, "*         "sv}, // %-10.4c
    {42LL, 'c', RPY_FMT_LEFT, 0, 0, "*"sv}, // %-.0c
    {42LL, 'c', RPY_FMT_PLUS, 0, -1, "*"sv}, // %+c
    {42LL, 'c', RPY_FMT_PLUS, 8, -1, "       *"sv}, // %+8c
    {42LL, 'c', RPY_FMT_PLUS, 0, 3, "*"sv}, // %+.3c
    {42LL, 'c', RPY_FMT_PLUS, 10, 4, "         *"sv}, // %+10.4c
    {42LL, 'c', RPY_FMT_PLUS, 0, 0, "*"sv}, // %+.0c
    {42LL, 'c', RPY_FMT_SPACE, 0, -1, "*"sv}, // % c
    {42LL, 'c', RPY_FMT_SPACE, 8, -1, "       *"sv}, // % 8c
    {42LL, 'c', RPY_FMT_SPACE, 0, 3, "*"sv}, // % .3c
    {42LL, 'c', RPY_FMT_SPACE, 10, 4, "         *"sv}, // % 10.4c
    {42LL, 'c', RPY_FMT_SPACE, 0, 0, "*"sv}, // % .0c
    {42LL, 'c', RPY_FMT_ZERO, 0, -1, "*"sv}, // %0c
    {42LL, 'c', RPY_FMT_ZERO, 8, -1, "       *"sv}, // %08c
    {42LL, 'c', RPY_FMT_ZERO, 0, 3, "*"sv}, // %0.3c
    {42LL, 'c', RPY_FMT_ZERO, 10, 4, "         *"sv}, // %010.4c
    {42LL, 'c', RPY_FMT_ZERO, 0, 0, "*"sv}, // %0.0c
    {42LL, 'c', RPY_FMT_ALT, 0, -1, "*"sv}, // %#c
    {42LL, 'c', RPY_FMT_ALT, 8, -1, "       *"sv}, // %#8c
    {42LL, 'c', RPY_FMT_ALT, 0, 3, "*"sv}, // %#.3c
    {42LL, 'c', RPY_FMT_ALT, 10, 4, "         *"sv}, // %#10.4c
    {42LL, 'c', RPY_FMT_ALT, 0, 0, "*"sv}, // %#.0c
    {42LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "*"sv}, // %+0c
    {42LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "       *"sv}, // %+08c
    {42LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "*"sv}, // %+0.3c
    {42LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "         *"sv}, // %+010.4c
    {42LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "*"sv}, // %+0.0c
    {42LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "*"sv}, // %-#c
    {42LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "*       "sv}, // %-#8c
    {42LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "*"sv}, // %-#.3c
    {42LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "*         "sv}, // %-#10.4c
    {42LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "*"sv}, // %-#.0c
    {42LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "*"sv}, // %#0c
    {42LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "       *"sv}, // %#08c
    {42LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "*"sv}, // %#0.3c
    {42LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "         *"sv}, // %#010.4c
    {42LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "*"sv}, // %#0.0c
    {42LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "*"sv}, // % 0c
    {42LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "       *"sv}, // % 08c
    {42LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "*"sv}, // % 0.3c
    {42LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "         *"sv}, // % 010.4c
    {42LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "*"sv}, // % 0.0c
    {255LL, 'd', 0, 0, -1, "255"sv}, // %d
    {255LL, 'd', 0, 8, -1, "     255"sv}, // %8d
    {255LL, 'd', 0, 0, 3, "255"sv}, // %.3d
    {255LL, 'd', 0, 10, 4, "      0255"sv}, // %10.4d
    {255LL, 'd', 0, 0, 0, "255"sv}, // %.0d
    {255LL, 'd', RPY_FMT_LEFT, 0, -1, "255"sv}, // %-d
    {255LL, 'd', RPY_FMT_LEFT, 8, -1, "255     "sv}, // %-8d
    {255LL, 'd', RPY_FMT_LEFT, 0, 3, "255"sv}, // %-.3d
    {255LL, 'd', RPY_FMT_LEFT, 10, 4, "0255      "sv}, // %-10.4d
    {255LL, 'd', RPY_FMT_LEFT, 0, 0, "255"sv}, // %-.0d
    {255LL, 'd', RPY_FMT_PLUS, 0, -1, "+255"sv}, // %+d
    {255LL, 'd', RPY_FMT_PLUS, 8, -1, "    +255"sv}, // %+8d
    {255LL, 'd', RPY_FMT_PLUS, 0, 3, "+255"sv}, // %+.3d
    {255LL, 'd', RPY_FMT_PLUS, 10, 4, "     +0255"sv}, // %+10.4d
    {255LL, 'd', RPY_FMT_PLUS, 0, 0, "+255"sv}, // %+.0d
    {255LL, 'd', RPY_FMT_SPACE, 0, -1, " 255"sv}, // % d
    {255LL, 'd', RPY_FMT_SPACE, 8, -1, "     255"sv}, // % 8d
    {255LL, 'd', RPY_FMT_SPACE, 0, 3, " 255"sv}, // % .3d
    {255LL, 'd', RPY_FMT_SPACE, 10, 4, "      0255"sv}, // % 10.4d
    {255LL, 'd', RPY_FMT_SPACE, 0, 0, " 255"sv}, // % .0d
    {255LL, 'd', RPY_FMT_ZERO, 0, -1, "255"sv}, // %0d
    {255LL, 'd', RPY_FMT_ZERO, 8, -1, "00000255"sv}, // %08d
    {255LL, 'd', RPY_FMT_ZERO, 0, 3, "255"sv}, // %0.3d
    {255LL, 'd', RPY_FMT_ZERO, 10, 4, "0000000255"sv}, // %010.4d
    {255LL, 'd', RPY_FMT_ZERO, 0, 0, "255"sv}, // %0.0d
    {255LL, 'd', RPY_FMT_ALT, 0, -1, "255"sv}, // %#d
    {255LL, 'd', RPY_FMT_ALT, 8, -1, "     255"sv}, // %#8d
    {255LL, 'd', RPY_FMT_ALT, 0, 3, "255"sv}, // %#.3d
    {255LL, 'd', RPY_FMT_ALT, 10, 4, "      0255"sv}, // %#10.4d
    {255LL, 'd', RPY_FMT_ALT, 0, 0, "255"sv}, // %#.0d
    {255LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+255"sv}, // %+0d
    {255LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000255"sv}, // %+08d
    {255LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+255"sv}, // %+0.3d
    {255LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000255"sv}, // %+010.4d
    {255LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+255"sv}, // %+0.0d
    {255LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "255"sv}, // %-#d
    {255LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "255     "sv}, // %-#8d
    {255LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "255"sv}, // %-#.3d
    {255LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0255      "sv}, // %-#10.4d
    {255LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "255"sv}, // %-#.0d
    {255LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "255"sv}, // %#0d
    {255LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00000255"sv}, // %#08d
    {255LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "255"sv}, // %#0.3d
    {255LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000000255"sv}, // %#010.4d
    {255LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "255"sv}, // %#0.0d
    {255LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 255"sv}, // % 0d
    {255LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000255"sv}, // % 08d
    {255LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 255"sv}, // % 0.3d
    {255LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000255"sv}, // % 010.4d
    {255LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 255"sv}, // % 0.0d
    {255LL, 'i', 0, 0, -1, "255"sv}, // %i
    {255LL, 'i', 0, 8, -1, "     255"sv}, // %8i
    {255LL, 'i', 0, 0, 3, "255"sv}, // %.3i
    {255LL, 'i', 0, 10, 4, "      0255"sv}, // %10.4i
    {255LL, 'i', 0, 0, 0, "255"sv}, // %.0i
    {255LL, 'i', RPY_FMT_LEFT, 0, -1, "255"sv}, // %-i
    {255LL, 'i', RPY_FMT_LEFT, 8, -1, "255     "sv}, // %-8i
    {255LL, 'i', RPY_FMT_LEFT, 0, 3, "255"sv}, // %-.3i
    {255LL, 'i', RPY_FMT_LEFT, 10, 4, "0255      "sv}, // %-10.4i
    {255LL, 'i', RPY_FMT_LEFT, 0, 0, "255"sv}, // %-.0i
    {255LL, 'i', RPY_FMT_PLUS, 0, -1, "+255"sv}, // %+i
    {255LL, 'i', RPY_FMT_PLUS, 8, -1, "    +255"sv}, // %+8i
    {255LL, 'i', RPY_FMT_PLUS, 0, 3, "+255"sv}, // %+.3i
    {255LL, 'i', RPY_FMT_PLUS, 10, 4, "     +0255"sv}, // %+10.4i
    {255LL, 'i', RPY_FMT_PLUS, 0, 0, "+255"sv}, // %+.0i
    {255LL, 'i', RPY_FMT_SPACE, 0, -1, " 255"sv}, // % i
    {255LL, 'i', RPY_FMT_SPACE, 8, -1, "     255"sv}, // % 8i
    {255LL, 'i', RPY_FMT_SPACE, 0, 3, " 255"sv}, // % .3i
    {255LL, 'i', RPY_FMT_SPACE, 10, 4, "      0255"sv}, // % 10.4i
    {255LL, 'i', RPY_FMT_SPACE, 0, 0, " 255"sv}, // % .0i
    {255LL, 'i', RPY_FMT_ZERO, 0, -1, "255"sv}, // %0i
    {255LL, 'i', RPY_FMT_ZERO, 8, -1, "00000255"sv}, // %08i
    {255LL, 'i', RPY_FMT_ZERO, 0, 3, "255"sv}, // %0.3i
    {255LL, 'i', RPY_FMT_ZERO, 10, 4, "0000000255"sv}, // %010.4i
    {255LL, 'i', RPY_FMT_ZERO, 0, 0, "255"sv}, // %0.0i
    {255LL, 'i', RPY_FMT_ALT, 0, -1, "255"sv}, // %#i
    {255LL, 'i', RPY_FMT_ALT, 8, -1, "     255"sv}, // %#8i
    {255LL, 'i', RPY_FMT_ALT, 0, 3, "255"sv}, // %#.3i
    {255LL, 'i', RPY_FMT_ALT, 10, 4, "      0255"sv}, // %#10.4i
    {255LL, 'i', RPY_FMT_ALT, 0, 0, "255"sv}, // %#.0i
    {255LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+255"sv}, // %+0i
    {255LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000255"sv}, // %+08i
    {255LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+255"sv}, // %+0.3i
    {255LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000255"sv}, // %+010.4i
    {255LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+255"sv}, // %+0.0i
    {255LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "255"sv}, // %-#i
    {255LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "255     "sv}, // %-#8i
    {255LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "255"sv}, // %-#.3i
    {255LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0255      "sv}, // %-#10.4i
    {255LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "255"sv}, // %-#.0i
    {255LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "255"sv}, // %#0i
    {255LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00000255"sv}, // %#08i
    {255LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "255"sv}, // %#0.3i
    {255LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000000255"sv}, // %#010.4i
    {255LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "255"sv}, // %#0.0i
    {255LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 255"sv}, // % 0i
    {255LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000255"sv}, // % 08i
    {255LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 255"sv}, // % 0.3i
    {255LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000255"sv}, // % 010.4i
    {255LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 255"sv}, // % 0.0i
    {255LL, 'x', 0, 0, -1, "ff"sv}, // %x
    {255LL, 'x', 0, 8, -1, "      ff"sv}, // %8x
    {255LL, 'x', 0, 0, 3, "0ff"sv}, // %.3x
    {255LL, 'x', 0, 10, 4, "      00ff"sv}, // %10.4x
    {255LL, 'x', 0, 0, 0, "ff"sv}, // %.0x
    {255LL, 'x', RPY_FMT_LEFT, 0, -1, "ff"sv}, // %-x
    {255LL, 'x', RPY_FMT_LEFT, 8, -1, "ff      "sv}, // %-8x
    {255LL, 'x', RPY_FMT_LEFT, 0, 3, "0ff"sv}, // %-.3x
    {255LL, 'x', RPY_FMT_LEFT, 10, 4, "00ff      "sv}, // %-10.4x
    {255LL, 'x', RPY_FMT_LEFT, 0, 0, "ff"sv}, // %-.0x
    {255LL, 'x', RPY_FMT_PLUS, 0, -1, "+ff"sv}, // %+x
    {255LL, 'x', RPY_FMT_PLUS, 8, -1, "     +ff"sv}, // %+8x
    {255LL, 'x', RPY_FMT_PLUS, 0, 3, "+0ff"sv}, // %+.3x
    {255LL, 'x', RPY_FMT_PLUS, 10, 4, "     +00ff"sv}, // %+10.4x
    {255LL, 'x', RPY_FMT_PLUS, 0, 0, "+ff"sv}, // %+.0x
    {255LL, 'x', RPY_FMT_SPACE, 0, -1, " ff"sv}, // % x
    {255LL, 'x', RPY_FMT_SPACE, 8, -1, "      ff"sv}, // % 8x
    {255LL, 'x', RPY_FMT_SPACE, 0, 3, " 0ff"sv}, // % .3x
    {255LL, 'x', RPY_FMT_SPACE, 10, 4, "      00ff"sv}, // % 10.4x
    {255LL, 'x', RPY_FMT_SPACE, 0, 0, " ff"sv}, // % .0x
    {255LL, 'x', RPY_FMT_ZERO, 0, -1, "ff"sv}, // %0x
    {255LL, 'x', RPY_FMT_ZERO, 8, -1, "000000ff"sv}, // %08x
    {255LL, 'x', RPY_FMT_ZERO, 0, 3, "0ff"sv}, // %0.3x
    {255LL, 'x', RPY_FMT_ZERO, 10, 4, "00000000ff"sv}, // %010.4x
    {255LL, 'x', RPY_FMT_ZERO, 0, 0, "ff"sv}, // %0.0x
    {255LL, 'x', RPY_FMT_ALT, 0, -1, "0xff"sv}, // %#x
    {255LL, 'x', RPY_FMT_ALT, 8, -1, "    0xff"sv}, // %#8x
    {255LL, 'x', RPY_FMT_ALT, 0, 3, "0x0ff"sv}, // %#.3x
    {255LL, 'x', RPY_FMT_ALT, 10, 4, "    0x00ff"sv}, // %#10.4x
    {255LL, 'x', RPY_FMT_ALT, 0, 0, "0xff"sv}, // %#.0x
    {255LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+ff"sv}, // %+0x
    {255LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+00000ff"sv}, // %+08x
    {255LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0ff"sv}, // %+0.3x
    {255LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+0000000ff"sv}, // %+010.4x
    {255LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+ff"sv}, // %+0.0x
    {255LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0xff"sv}, // %-#x
    {255LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0xff    "sv}, // %-#8x
    {255LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0x0ff"sv}, // %-#.3x
    {255LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0x00ff    "sv}, // %-#10.4x
    {255LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0xff"sv}, // %-#.0x
    {255LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0xff"sv}, // %#0x
    {255LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0x0000ff"sv}, // %#08x
    {255LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0x0ff"sv}, // %#0.3x
    {255LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0x000000ff"sv}, // %#010.4x
    {255LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0xff"sv}, // %#0.0x
    {255LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " ff"sv}, // % 0x
    {255LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 00000ff"sv}, // % 08x
    {255LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 0ff"sv}, // % 0.3x
    {255LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 0000000ff"sv}, // % 010.4x
    {255LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " ff"sv}, // % 0.0x
    {255LL, 'X', 0, 0, -1, "FF"sv}, // %X
    {255LL, 'X', 0, 8, -1, "      FF"sv}, // %8X
    {255LL, 'X', 0, 0, 3, "0FF"sv}, // %.3X
    {255LL, 'X', 0, 10, 4, "      00FF"sv}, // %10.4X
    {255LL, 'X', 0, 0, 0, "FF"sv}, // %.0X
    {255LL, 'X', RPY_FMT_LEFT, 0, -1, "FF"sv}, // %-X
    {255LL, 'X', RPY_FMT_LEFT, 8, -1, "FF      "sv}, // %-8X
    {255LL, 'X', RPY_FMT_LEFT, 0, 3, "0FF"sv}, // %-.3X
    {255LL, 'X', RPY_FMT_LEFT, 10, 4, "00FF      "sv}, // %-10.4X
    {255LL, 'X', RPY_FMT_LEFT, 0, 0, "FF"sv}, // %-.0X
    {255LL, 'X', RPY_FMT_PLUS, 0, -1, "+FF"sv}, // %+X
    {255LL, 'X', RPY_FMT_PLUS, 8, -1, "     +FF"sv}, // %+8X
    {255LL, 'X', RPY_FMT_PLUS, 0, 3, "+0FF"sv}, // %+.3X
    {255LL, 'X', RPY_FMT_PLUS, 10, 4, "     +00FF"sv}, // %+10.4X
    {255LL, 'X', RPY_FMT_PLUS, 0, 0, "+FF"sv}, // %+.0X
    {255LL, 'X', RPY_FMT_SPACE, 0, -1, " FF"sv}, // % X
    {255LL, 'X', RPY_FMT_SPACE, 8, -1, "      FF"sv}, // % 8X
    {255LL, 'X', RPY_FMT_SPACE, 0, 3, " 0FF"sv}, // % .3X
    {255LL, 'X', RPY_FMT_SPACE, 10, 4, "      00FF"sv}, // % 10.4X
    {255LL, 'X', RPY_FMT_SPACE, 0, 0, " FF"sv}, // % .0X
    {255LL, 'X', RPY_FMT_ZERO, 0, -1, "FF"sv}, // %0X
    {255LL, 'X', RPY_FMT_ZERO, 8, -1, "000000FF"sv}, // %08X
    {255LL, 'X', RPY_FMT_ZERO, 0, 3, "0FF"sv}, // %0.3X
    {255LL, 'X', RPY_FMT_ZERO, 10, 4, "00000000FF"sv}, // %010.4X
    {255LL, 'X', RPY_FMT_ZERO, 0, 0, "FF"sv}, // %0.0X
    {255LL, 'X', RPY_FMT_ALT, 0, -1, "0XFF"sv}, // %#X
    {255LL, 'X', RPY_FMT_ALT, 8, -1, "    0XFF"sv}, // %#8X
    {255LL, 'X', RPY_FMT_ALT, 0, 3, "0X0FF"sv}, // %#.3X
    {255LL, 'X', RPY_FMT_ALT, 10, 4, "    0X00FF"sv}, // %#10.4X
    {255LL, 'X', RPY_FMT_ALT, 0, 0, "0XFF"sv}, // %#.0X
    {255LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+FF"sv}, // %+0X
    {255LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+00000FF"sv}, // %+08X
    {255LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0FF"sv}, // %+0.3X
    {255LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+0000000FF"sv}, // %+010.4X
    {255LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+FF"sv}, // %+0.0X
    {255LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0XFF"sv}, // %-#X
    {255LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0XFF    "sv}, // %-#8X
    {255LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0X0FF"sv}, // %-#.3X
    {255LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0X00FF    "sv}, // %-#10.4X
    {255LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0XFF"sv}, // %-#.0X
    {255LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0XFF"sv}, // %#0X
    {255LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0X0000FF"sv}, // %#08X
    {255LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0X0FF"sv}, // %#0.3X
    {255LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0X000000FF"sv}, // %#010.4X
    {255LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0XFF"sv}, // %#0.0X
    {255LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " FF"sv}, // % 0X
    {255LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 00000FF"sv}, // % 08X
    {255LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 0FF"sv}, // % 0.3X
    {255LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 0000000FF"sv}, // % 010.4X
    {255LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " FF"sv}, // % 0.0X
    {255LL, 'o', 0, 0, -1, "377"sv}, // %o
    {255LL, 'o', 0, 8, -1, "     377"sv}, // %8o
    {255LL, 'o', 0, 0, 3, "377"sv}, // %.3o
    {255LL, 'o', 0, 10, 4, "      0377"sv}, // %10.4o
    {255LL, 'o', 0, 0, 0, "377"sv}, // %.0o
    {255LL, 'o', RPY_FMT_LEFT, 0, -1, "377"sv}, // %-o
    {255LL, 'o', RPY_FMT_LEFT, 8, -1, "377     "sv}, // %-8o
    {255LL, 'o', RPY_FMT_LEFT, 0, 3, "377"sv}, // %-.3o
    {255LL, 'o', RPY_FMT_LEFT, 10, 4, "0377      "sv}, // %-10.4o
    {255LL, 'o', RPY_FMT_LEFT, 0, 0, "377"sv}, // %-.0o
    {255LL, 'o', RPY_FMT_PLUS, 0, -1, "+377"sv}, // %+o
    {255LL, 'o', RPY_FMT_PLUS, 8, -1, "    +377"sv}, // %+8o
    {255LL, 'o', RPY_FMT_PLUS, 0, 3, "+377"sv}, // %+.3o
    {255LL, 'o', RPY_FMT_PLUS, 10, 4, "     +0377"sv}, // %+10.4o
    {255LL, 'o', RPY_FMT_PLUS, 0, 0, "+377"sv}, // %+.0o
    {255LL, 'o', RPY_FMT_SPACE, 0, -1, " 377"sv}, // % o
    {255LL, 'o', RPY_FMT_SPACE, 8, -1, "     377"sv}, // % 8o
    {255LL, 'o', RPY_FMT_SPACE, 0, 3, " 377"sv}, // % .3o
    {255LL, 'o', RPY_FMT_SPACE, 10, 4, "      0377"sv}, // % 10.4o
    {255LL, 'o', RPY_FMT_SPACE, 0, 0, " 377"sv}, // % .0o
    {255LL, 'o', RPY_FMT_ZERO, 0, -1, "377"sv}, // %0o
    {255LL, 'o', RPY_FMT_ZERO, 8, -1, "00000377"sv}, // %08o
    {255LL, 'o', RPY_FMT_ZERO, 0, 3, "377"sv}, // %0.3o
    {255LL, 'o', RPY_FMT_ZERO, 10, 4, "0000000377"sv}, // %010.4o
    {255LL, 'o', RPY_FMT_ZERO, 0, 0, "377"sv}, // %0.0o
    {255LL, 'o', RPY_FMT_ALT, 0, -1, "0o377"sv}, // %#o
    {255LL, 'o', RPY_FMT_ALT, 8, -1, "   0o377"sv}, // %#8o
    {255LL, 'o', RPY_FMT_ALT, 0, 3, "0o377"sv}, // %#.3o
    {255LL, 'o', RPY_FMT_ALT, 10, 4, "    0o0377"sv}, // %#10.4o
    {255LL, 'o', RPY_FMT_ALT, 0, 0, "0o377"sv}, // %#.0o
    {255LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+377"sv}, // %+0o
    {255LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000377"sv}, // %+08o
    {255LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+377"sv}, // %+0.3o
    {255LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000377"sv}, // %+010.4o
    {255LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+377"sv}, // %+0.0o
    {255LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0o377"sv}, // %-#o
    {255LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0o377   "sv}, // %-#8o
    {255LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0o377"sv}, // %-#.3o
    {255LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0o0377    "sv}, // %-#10.4o
    {255LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0o377"sv}, // %-#.0o
    {255LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0o377"sv}, // %#0o
    {255LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0o000377"sv}, // %#08o
    {255LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0o377"sv}, // %#0.3o
    {255LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0o00000377"sv}, // %#010.4o
    {255LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0o377"sv}, // %#0.0o
    {255LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 377"sv}, // % 0o
    {255LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000377"sv}, // % 08o
    {255LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 377"sv}, // % 0.3o
    {255LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000377"sv}, // % 010.4o
    {255LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 377"sv}, // % 0.0o
    {255LL, 'e', 0, 0, -1, "2.550000e+02"sv}, // %e
    {255LL, 'e', 0, 8, -1, "2.550000e+02"sv}, // %8e
    {255LL, 'e', 0, 0, 3, "2.550e+02"sv}, // %.3e
    {255LL, 'e', 0, 10, 4, "2.5500e+02"sv}, // %10.4e
    {255LL, 'e', 0, 0, 0, "3e+02"sv}, // %.0e
    {255LL, 'e', RPY_FMT_LEFT, 0, -1, "2.550000e+02"sv}, // %-e
    {255LL, 'e', RPY_FMT_LEFT, 8, -1, "2.550000e+02"sv}, // %-8e
    {255LL, 'e', RPY_FMT_LEFT, 0, 3, "2.550e+02"sv}, // %-.3e
    {255LL, 'e', RPY_FMT_LEFT, 10, 4, "2.5500e+02"sv}, // %-10.4e
    {255LL, 'e', RPY_FMT_LEFT, 0, 0, "3e+02"sv}, // %-.0e
    {255LL, 'e', RPY_FMT_PLUS, 0, -1, "+2.550000e+02"sv}, // %+e
    {255LL, 'e', RPY_FMT_PLUS, 8, -1, "+2.550000e+02"sv}, // %+8e
    {255LL, 'e', RPY_FMT_PLUS, 0, 3, "+2.550e+02"sv}, // %+.3e
    {255LL, 'e', RPY_FMT_PLUS, 10, 4, "+2.5500e+02"sv}, // %+10.4e
    {255LL, 'e', RPY_FMT_PLUS, 0, 0, "+3e+02"sv}, // %+.0e
    {255LL, 'e', RPY_FMT_SPACE, 0, -1, " 2.550000e+02"sv}, // % e
    {255LL, 'e', RPY_FMT_SPACE, 8, -1, " 2.550000e+02"sv}, // % 8e
    {255LL, 'e', RPY_FMT_SPACE, 0, 3, " 2.550e+02"sv}, // % .3e
    {255LL, 'e', RPY_FMT_SPACE, 10, 4, " 2.5500e+02"sv}, // % 10.4e
    {255LL, 'e', RPY_FMT_SPACE, 0, 0, " 3e+02"sv}, // % .0e
    {255LL, 'e', RPY_FMT_ZERO, 0, -1, "2.550000e+02"sv}, // %0e
    {255LL, 'e', RPY_FMT_ZERO, 8, -1, "2.550000e+02"sv}, // %08e
    {255LL, 'e', RPY_FMT_ZERO, 0, 3, "2.550e+02"sv}, // %0.3e
    {255LL, 'e', RPY_FMT_ZERO, 10, 4, "2.5500e+02"sv}, // %010.4e
    {255LL, 'e', RPY_FMT_ZERO, 0, 0, "3e+02"sv}, // %0.0e
    {255LL, 'e', RPY_FMT_ALT, 0, -1, "2.550000e+02"sv}, // %#e
    {255LL, 'e', RPY_FMT_ALT, 8, -1, "2.550000e+02"sv}, // %#8e
    {255LL, 'e', RPY_FMT_ALT, 0, 3, "2.550e+02"sv}, // %#.3e
    {255LL, 'e', RPY_FMT_ALT, 10, 4, "2.5500e+02"sv}, // %#10.4e
    {255LL, 'e', RPY_FMT_ALT, 0, 0, "3.e+02"sv}, // %#.0e
    {255LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+2.550000e+02"sv}, // %+0e
    {255LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+2.550000e+02"sv}, // %+08e
    {255LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+2.550e+02"sv}, // %+0.3e
    {255LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+2.5500e+02"sv}, // %+010.4e
    {255LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3e+02"sv}, // %+0.0e
    {255LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "2.550000e+02"sv}, // %-#e
    {255LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "2.550000e+02"sv}, // %-#8e
    {255LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "2.550e+02"sv}, // %-#.3e
    {255LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "2.5500e+02"sv}, // %-#10.4e
    {255LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3.e+02"sv}, // %-#.0e
    {255LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "2.550000e+02"sv}, // %#0e
    {255LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "2.550000e+02"sv}, // %#08e
    {255LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "2.550e+02"sv}, // %#0.3e
    {255LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "2.5500e+02"sv}, // %#010.4e
    {255LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "3.e+02"sv}, // %#0.0e
    {255LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 2.550000e+02"sv}, // % 0e
    {255LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 2.550000e+02"sv}, // % 08e
    {255LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 2.550e+02"sv}, // % 0.3e
    {255LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 2.5500e+02"sv}, // % 010.4e
    {255LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 3e+02"sv}, // % 0.0e
    {255LL, 'E', 0, 0, -1, "2.550000E+02"sv}, // %E
    {255LL, 'E', 0, 8, -1, "2.550000E+02"sv}, // %8E
    {255LL, 'E', 0, 0, 3, "2.550E+02"sv}, // %.3E
    {255LL, 'E', 0, 10, 4, "2.5500E+02"sv}, // %10.4E
    {255LL, 'E', 0, 0, 0, "3E+02"sv}, // %.0E
    {255LL, 'E', RPY_FMT_LEFT, 0, -1, "2.550000E+02"sv}, // %-E
    {255LL, 'E', RPY_FMT_LEFT, 8, -1, "2.550000E+02"sv}, // %-8E
    {255LL, 'E', RPY_FMT_LEFT, 0, 3, "2.550E+02"sv}, // %-.3E
    {255LL, 'E', RPY_FMT_LEFT, 10, 4, "2.5500E+02"sv}, // %-10.4E
    {255LL, 'E', RPY_FMT_LEFT, 0, 0, "3E+02"sv}, // %-.0E
    {255LL, 'E', RPY_FMT_PLUS, 0, -1, "+2.550000E+02"sv}, // %+E
    {255LL, 'E', RPY_FMT_PLUS, 8, -1, "+2.550000E+02"sv}, // %+8E
    {255LL, 'E', RPY_FMT_PLUS, 0, 3, "+2.550E+02"sv}, // %+.3E
    {255LL, 'E', RPY_FMT_PLUS, 10, 4, "+2.5500E+02"sv}, // %+10.4E
    {255LL, 'E', RPY_FMT_PLUS, 0, 0, "+3E+02"sv}, // %+.0E
    {255LL, 'E', RPY_FMT_SPACE, 0, -1, " 2.550000E+02"sv}, // % E
    {255LL, 'E', RPY_FMT_SPACE, 8, -1, " 2.550000E+02"sv}, // % 8E
    {255LL, 'E', RPY_FMT_SPACE, 0, 3, " 2.550E+02"sv}, // % .3E
    {255LL, 'E', RPY_FMT_SPACE, 10, 4, " 2.5500E+02"sv}, // % 10.4E
    {255LL, 'E', RPY_FMT_SPACE, 0, 0, " 3E+02"sv}, // % .0E
    {255LL, 'E', RPY_FMT_ZERO, 0, -1, "2.550000E+02"sv}, // %0E
    {255LL, 'E', RPY_FMT_ZERO, 8, -1, "2.550000E+02"sv}, // %08E
    {255LL, 'E', RPY_FMT_ZERO, 0, 3, "2.550E+02"sv}, // %0.3E
    {255LL, 'E', RPY_FMT_ZERO, 10, 4, "2.5500E+02"sv}, // %010.4E
    {255LL, 'E', RPY_FMT_ZERO, 0, 0, "3E+02"sv}, // %0.0E
    {255LL, 'E', RPY_FMT_ALT, 0, -1, "2.550000E+02"sv}, // %#E
    {255LL, 'E', RPY_FMT_ALT, 8, -1, "2.550000E+02"sv}, // %#8E
    {255LL, 'E', RPY_FMT_ALT, 0, 3, "2.550E+02"sv}, // %#.3E
    {255LL, 'E', RPY_FMT_ALT, 10, 4, "2.5500E+02"sv}, // %#10.4E
    {255LL, 'E', RPY_FMT_ALT, 0, 0, "3.E+02"sv}, // %#.0E
    {255LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+2.550000E+02"sv}, // %+0E
    {255LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+2.550000E+02"sv}, // %+08E
    {255LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+2.550E+02"sv}, // %+0.3E
    {255LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+2.5500E+02"sv}, // %+010.4E
    {255LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3E+02"sv}, // %+0.0E
    {255LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "2.550000E+02"sv}, // %-#E
    {255LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "2.550000E+02"sv}, // %-#8E
    {255LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "2.550E+02"sv}, // %-#.3E
    {255LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "2.5500E+02"sv}, // %-#10.4E
    {255LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3.E+02"sv}, // %-#.0E
    {255LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "2.550000E+02"sv}, // %#0E
    {255LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "2.550000E+02"sv}, // %#08E
    {255LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "2.550E+02"sv}, // %#0.3E
    {255LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "2.5500E+02"sv}, // %#010.4E
    {255LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "3.E+02"sv}, // %#0.0E
    {255LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 2.550000E+02"sv}, // % 0E
    {255LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 2.550000E+02"sv}, // % 08E
    {255LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 2.550E+02"sv}, // % 0.3E
    {255LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 2.5500E+02"sv}, // % 010.4E
    {255LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 3E+02"sv}, // % 0.0E
    {255LL, 'f', 0, 0, -1, "255.000000"sv}, // %f
    {255LL, 'f', 0, 8, -1, "255.000000"sv}, // %8f
    {255LL, 'f', 0, 0, 3, "255.000"sv}, // %.3f
    {255LL, 'f', 0, 10, 4, "  255.0000"sv}, // %10.4f
    {255LL, 'f', 0, 0, 0, "255"sv}, // %.0f
    {255LL, 'f', RPY_FMT_LEFT, 0, -1, "255.000000"sv}, // %-f
    {255LL, 'f', RPY_FMT_LEFT, 8, -1, "255.000000"sv}, // %-8f
    {255LL, 'f', RPY_FMT_LEFT, 0, 3, "255.000"sv}, // %-.3f
    {255LL, 'f', RPY_FMT_LEFT, 10, 4, "255.0000  "sv}, // %-10.4f
    {255LL, 'f', RPY_FMT_LEFT, 0, 0, "255"sv}, // %-.0f
    {255LL, 'f', RPY_FMT_PLUS, 0, -1, "+255.000000"sv}, // %+f
    {255LL, 'f', RPY_FMT_PLUS, 8, -1, "+255.000000"sv}, // %+8f
    {255LL, 'f', RPY_FMT_PLUS, 0, 3, "+255.000"sv}, // %+.3f
    {255LL, 'f', RPY_FMT_PLUS, 10, 4, " +255.0000"sv}, // %+10.4f
    {255LL, 'f', RPY_FMT_PLUS, 0, 0, "+255"sv}, // %+.0f
    {255LL, 'f', RPY_FMT_SPACE, 0, -1, " 255.000000"sv}, // % f
    {255LL, 'f', RPY_FMT_SPACE, 8, -1, " 255.000000"sv}, // % 8f
    {255LL, 'f', RPY_FMT_SPACE, 0, 3, " 255.000"sv}, // % .3f
    {255LL, 'f', RPY_FMT_SPACE, 10, 4, "  255.0000"sv}, // % 10.4f
    {255LL, 'f', RPY_FMT_SPACE, 0, 0, " 255"sv}, // % .0f
    {255LL, 'f', RPY_FMT_ZERO, 0, -1, "255.000000"sv}, // %0f
    {255LL, 'f', RPY_FMT_ZERO, 8, -1, "255.000000"sv}, // %08f
    {255LL, 'f', RPY_FMT_ZERO, 0, 3, "255.000"sv}, // %0.3f
    {255LL, 'f', RPY_FMT_ZERO, 10, 4, "00255.0000"sv}, // %010.4f
    {255LL, 'f', RPY_FMT_ZERO, 0, 0, "255"sv}, // %0.0f
    {255LL, 'f', RPY_FMT_ALT, 0, -1, "255.000000"sv}, // %#f
    {255LL, 'f', RPY_FMT_ALT, 8, -1, "255.000000"sv}, // %#8f
    {255LL, 'f', RPY_FMT_ALT, 0, 3, "255.000"sv}, // %#.3f
    {255LL, 'f', RPY_FMT_ALT, 10, 4, "  255.0000"sv}, // %#10.4f
    {255LL, 'f', RPY_FMT_ALT, 0, 0, "255."sv}, // %#.0f
    {255LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+255.000000"sv}, // %+0f
    {255LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+255.000000"sv}, // %+08f
    {255LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+255.000"sv}, // %+0.3f
    {255LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+0255.0000"sv}, // %+010.4f
    {255LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+255"sv}, // %+0.0f
    {255LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "255.000000"sv}, // %-#f
    {255LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "255.000000"sv}, // %-#8f
    {255LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "255.000"sv}, // %-#.3f
    {255LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "255.0000  "sv}, // %-#10.4f
    {255LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "255."sv}, // %-#.0f
    {255LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "255.000000"sv}, // %#0f
    {255LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "255.000000"sv}, // %#08f
    {255LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "255.000"sv}, // %#0.3f
    {255LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "00255.0000"sv}, // %#010.4f
    {255LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "255."sv}, // %#0.0f
    {255LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 255.000000"sv}, // % 0f
    {255LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 255.000000"sv}, // % 08f
    {255LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 255.000"sv}, // % 0.3f
    {255LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 0255.0000"sv}, // % 010.4f
    {255LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 255"sv}, // % 0.0f
    {255LL, 'g', 0, 0, -1, "255"sv}, // %g
    {255LL, 'g', 0, 8, -1, "     255"sv}, // %8g
    {255LL, 'g', 0, 0, 3, "255"sv}, // %.3g
    {255LL, 'g', 0, 10, 4, "       255"sv}, // %10.4g
    {255LL, 'g', 0, 0, 0, "3e+02"sv}, // %.0g
    {255LL, 'g', RPY_FMT_LEFT, 0, -1, "255"sv}, // %-g
    {255LL, 'g', RPY_FMT_LEFT, 8, -1, "255     "sv}, // %-8g
    {255LL, 'g', RPY_FMT_LEFT, 0, 3, "255"sv}, // %-.3g
    {255LL, 'g', RPY_FMT_LEFT, 10, 4, "255       "sv}, // %-10.4g
    {255LL, 'g', RPY_FMT_LEFT, 0, 0, "3e+02"sv}, // %-.0g
    {255LL, 'g', RPY_FMT_PLUS, 0, -1, "+255"sv}, // %+g
    {255LL, 'g', RPY_FMT_PLUS, 8, -1, "    +255"sv}, // %+8g
    {255LL, 'g', RPY_FMT_PLUS, 0, 3, "+255"sv}, // %+.3g
    {255LL, 'g', RPY_FMT_PLUS, 10, 4, "      +255"sv}, // %+10.4g
    {255LL, 'g', RPY_FMT_PLUS, 0, 0, "+3e+02"sv}, // %+.0g
    {255LL, 'g', RPY_FMT_SPACE, 0, -1, " 255"sv}, // % g
    {255LL, 'g', RPY_FMT_SPACE, 8, -1, "     255"sv}, // % 8g
    {255LL, 'g', RPY_FMT_SPACE, 0, 3, " 255"sv}, // % .3g
    {255LL, 'g', RPY_FMT_SPACE, 10, 4, "       255"sv}, // % 10.4g
    {255LL, 'g', RPY_FMT_SPACE, 0, 0, " 3e+02"sv}, // % .0g
    {255LL, 'g', RPY_FMT_ZERO, 0, -1, "255"sv}, // %0g
    {255LL, 'g', RPY_FMT_ZERO, 8, -1, "00000255"sv}, // %08g
    {255LL, 'g', RPY_FMT_ZERO, 0, 3, "255"sv}, // %0.3g
    {255LL, 'g', RPY_FMT_ZERO, 10, 4, "0000000255"sv}, // %010.4g
    {255LL, 'g', RPY_FMT_ZERO, 0, 0, "3e+02"sv}, // %0.0g
    {255LL, 'g', RPY_FMT_ALT, 0, -1, "255.000"sv}, // %#g
    {255LL, 'g', RPY_FMT_ALT, 8, -1, " 255.000"sv}, // %#8g
    {255LL, 'g', RPY_FMT_ALT, 0, 3, "255."sv}, // %#.3g
    {255LL, 'g', RPY_FMT_ALT, 10, 4, "     255.0"sv}, // %#10.4g
    {255LL, 'g', RPY_FMT_ALT, 0, 0, "3.e+02"sv}, // %#.0g
    {255LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+255"sv}, // %+0g
    {255LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000255"sv}, // %+08g
    {255LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+255"sv}, // %+0.3g
    {255LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000255"sv}, // %+010.4g
    {255LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3e+02"sv}, // %+0.0g
    {255LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "255.000"sv}, // %-#g
    {255LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "255.000 "sv}, // %-#8g
    {255LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "255."sv}, // %-#.3g
    {255LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "255.0     "sv}, // %-#10.4g
    {255LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3.e+02"sv}, // %-#.0g
    {255LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "255.000"sv}, // %#0g
    {255LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0255.000"sv}, // %#08g
    {255LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "255."sv}, // %#0.3g
    {255LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "00000255.0"sv}, // %#010.4g
    {255LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "3.e+02"sv}, // %#0.0g
    {255LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 255"sv}, // % 0g
    {255LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000255"sv}, // % 08g
    {255LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 255"sv}, // % 0.3g
    {255LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000255"sv}, // % 010.4g
    {255LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 3e+02"sv}, // % 0.0g
    {255LL, 'G', 0, 0, -1, "255"sv}, // %G
    {255LL, 'G', 0, 8, -1, "     255"sv}, // %8G
    {255LL, 'G', 0, 0, 3, "255"sv}, // %.3G
    {255LL, 'G', 0, 10, 4, "       255"sv}, // %10.4G
    {255LL, 'G', 0, 0, 0, "3E+02"sv}, // %.0G
    {255LL, 'G', RPY_FMT_LEFT, 0, -1, "255"sv}, // %-G
    {255LL, 'G', RPY_FMT_LEFT, 8, -1, "255     "sv}, // %-8G
    {255LL, 'G', RPY_FMT_LEFT, 0, 3, "255"sv}, // %-.3G
    {255LL, 'G', RPY_FMT_LEFT, 10, 4, "255       "sv}, // %-10.4G
    {255LL, 'G', RPY_FMT_LEFT, 0, 0, "3E+02"sv}, // %-.0G
    {255LL, 'G', RPY_FMT_PLUS, 0, -1, "+255"sv}, // %+G
    {255LL, 'G', RPY_FMT_PLUS, 8, -1, "    +255"sv}, // %+8G
    {255LL, 'G', RPY_FMT_PLUS, 0, 3, "+255"sv}, // %+.3G
    {255LL, 'G', RPY_FMT_PLUS, 10, 4, "      +255"sv}, // %+10.4G
    {255LL, 'G', RPY_FMT_PLUS, 0, 0, "+3E+02"sv}, // %+.0G
    {255LL, 'G', RPY_FMT_SPACE, 0, -1, " 255"sv}, // % G
    {255LL, 'G', RPY_FMT_SPACE, 8, -1, "     255"sv}, // % 8G
    {255LL, 'G', RPY_FMT_SPACE, 0, 3, " 255"sv}, // % .3G
    {255LL, 'G', RPY_FMT_SPACE, 10, 4, "       255"sv}, // % 10.4G
    {255LL, 'G', RPY_FMT_SPACE, 0, 0, " 3E+02"sv}, // % .0G
    {255LL, 'G', RPY_FMT_ZERO, 0, -1, "255"sv}, // %0G
    {255LL, 'G', RPY_FMT_ZERO, 8, -1, "00000255"sv}, // %08G
    {255LL, 'G', RPY_FMT_ZERO, 0, 3, "255"sv}, // %0.3G
    {255LL, 'G', RPY_FMT_ZERO, 10, 4, "0000000255"sv}, // %010.4G
    {255LL, 'G', RPY_FMT_ZERO, 0, 0, "3E+02"sv}, // %0.0G
    {255LL, 'G', RPY_FMT_ALT, 0, -1, "255.000"sv}, // %#G
    {255LL, 'G', RPY_FMT_ALT, 8, -1, " 255.000"sv}, // %#8G
    {255LL, 'G', RPY_FMT_ALT, 0, 3, "255."sv}, // %#.3G
    {255LL, 'G', RPY_FMT_ALT, 10, 4, "     255.0"sv}, // %#10.4G
    {255LL, 'G', RPY_FMT_ALT, 0, 0, "3.E+02"sv}, // %#.0G
    {255LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+255"sv}, // %+0G
    {255LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000255"sv}, // %+08G
    {255LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+255"sv}, // %+0.3G
    {255LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000255"sv}, // %+010.4G
    {255LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3E+02"sv}, // %+0.0G
    {255LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "255.000"sv}, // %-#G
    {255LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "255.000 "sv}, // %-#8G
    {255LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "255."sv}, // %-#.3G
    {255LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "255.0     "sv}, // %-#10.4G
    {255LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3.E+02"sv}, // %-#.0G
    {255LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "255.000"sv}, // %#0G
    {255LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0255.000"sv}, // %#08G
    {255LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "255."sv}, // %#0.3G
    {255LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "00000255.0"sv}, // %#010.4G
    {255LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "3.E+02"sv}, // %#0.0G
    {255LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 255"sv}, // % 0G
    {255LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000255"sv}, // % 08G
    {255LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 255"sv}, // % 0.3G
    {255LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000255"sv}, // % 010.4G
    {255LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 3E+02"sv}, // % 0.0G
    {255LL, 's', 0, 0, -1, "255"sv}, // %s
    {255LL, 's', 0, 8, -1, "     255"sv}, // %8s
    {255LL, 's', 0, 0, 3, "255"sv}, // %.3s
    {255LL, 's', 0, 10, 4, "       255"sv}, // %10.4s
    {255LL, 's', 0, 0, 0, ""sv}, // %.0s
    {255LL, 's', RPY_FMT_LEFT, 0, -1, "255"sv}, // %-s
    {255LL, 's', RPY_FMT_LEFT, 8, -1, "255     "sv}, // %-8s
    {255LL, 's', RPY_FMT_LEFT, 0, 3, "255"sv}, // %-.3s
    {255LL, 's', RPY_FMT_LEFT, 10, 4, "255       "sv}, // %-10.4s
    {255LL, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {255LL, 's', RPY_FMT_PLUS, 0, -1, "255"sv}, // %+s
    {255LL, 's', RPY_FMT_PLUS, 8, -1, "     255"sv}, // %+8s
    {255LL, 's', RPY_FMT_PLUS, 0, 3, "255"sv}, // %+.3s
    {255LL, 's', RPY_FMT_PLUS, 10, 4, "       255"sv}, // %+10.4s
    {255LL, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {255LL, 's', RPY_FMT_SPACE, 0, -1, "255"sv}, // % s
    {255LL, 's', RPY_FMT_SPACE, 8, -1, "     255"sv}, // % 8s
    {255LL, 's', RPY_FMT_SPACE, 0, 3, "255"sv}, // % .3s
    {255LL, 's', RPY_FMT_SPACE, 10, 4, "       255"sv}, // % 10.4s
    {255LL, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {255LL, 's', RPY_FMT_ZERO, 0, -1, "255"sv}, // %0s
    {255LL, 's', RPY_FMT_ZERO, 8, -1, "     255"sv}, // %08s
    {255LL, 's', RPY_FMT_ZERO, 0, 3, "255"sv}, // %0.3s
    {255LL, 's', RPY_FMT_ZERO, 10, 4, "       255"sv}, // %010.4s
    {255LL, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {255LL, 's', RPY_FMT_ALT, 0, -1, "255"sv}, // %#s
    {255LL, 's', RPY_FMT_ALT, 8, -1, "     255"sv}, // %#8s
    {255LL, 's', RPY_FMT_ALT, 0, 3, "255"sv}, // %#.3s
    {255LL, 's', RPY_FMT_ALT, 10, 4, "       255"sv}, // %#10.4s
    {255LL, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {255LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "255"sv}, // %+0s
    {255LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "     255"sv}, // %+08s
    {255LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "255"sv}, // %+0.3s
    {255LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "       255"sv}, // %+010.4s
    {255LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {255LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "255"sv}, // %-#s
    {255LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "255     "sv}, // %-#8s
    {255LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "255"sv}, // %-#.3s
    {255LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "255       "sv}, // %-#10.4s
    {255LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {255LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "255"sv}, // %#0s
    {255LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "     255"sv}, // %#08s
    {255LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "255"sv}, // %#0.3s
    {255LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "       255"sv}, // %#010.4s
    {255LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0s
    {255LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "255"sv}, // % 0s
    {255LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "     255"sv}, // % 08s
    {255LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "255"sv}, // % 0.3s
    {255LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "       255"sv}, // % 010.4s
    {255LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0s
    {255LL, 'r', 0, 0, -1, "255"sv}, // %r
    {255LL, 'r', 0, 8, -1, "     255"sv}, // %8r
    {255LL, 'r', 0, 0, 3, "255"sv}, // %.3r
    {255LL, 'r', 0, 10, 4, "       255"sv}, // %10.4r
    {255LL, 'r', 0, 0, 0, ""sv}, // %.0r
    {255LL, 'r', RPY_FMT_LEFT, 0, -1, "255"sv}, // %-r
    {255LL, 'r', RPY_FMT_LEFT, 8, -1, "255     "sv}, // %-8r
    {255LL, 'r', RPY_FMT_LEFT, 0, 3, "255"sv}, // %-.3r
    {255LL, 'r', RPY_FMT_LEFT, 10, 4, "255       "sv}, // %-10.4r
    {255LL, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {255LL, 'r', RPY_FMT_PLUS, 0, -1, "255"sv}, // %+r
    {255LL, 'r', RPY_FMT_PLUS, 8, -1, "     255"sv}, // %+8r
    {255LL, 'r', RPY_FMT_PLUS, 0, 3, "255"sv}, // %+.3r
    {255LL, 'r', RPY_FMT_PLUS, 10, 4, "       255"sv}, // %+10.4r
    {255LL, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {255LL, 'r', RPY_FMT_SPACE, 0, -1, "255"sv}, // % r
    {255LL, 'r', RPY_FMT_SPACE, 8, -1, "     255"sv}, // % 8r
    {255LL, 'r', RPY_FMT_SPACE, 0, 3, "255"sv}, // % .3r
    {255LL, 'r', RPY_FMT_SPACE, 10, 4, "       255"sv}, // % 10.4r
    {255LL, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {255LL, 'r', RPY_FMT_ZERO, 0, -1, "255"sv}, // %0r
    {255LL, 'r', RPY_FMT_ZERO, 8, -1, "     255"sv}, // %08r
    {255LL, 'r', RPY_FMT_ZERO, 0, 3, "255"sv}, // %0.3r
    {255LL, 'r', RPY_FMT_ZERO, 10, 4, "       255"sv}, // %010.4r
    {255LL, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {255LL, 'r', RPY_FMT_ALT, 0, -1, "255"sv}, // %#r
    {255LL, 'r', RPY_FMT_ALT, 8, -1, "     255"sv}, // %#8r
    {255LL, 'r', RPY_FMT_ALT, 0, 3, "255"sv}, // %#.3r
    {255LL, 'r', RPY_FMT_ALT, 10, 4, "       255"sv}, // %#10.4r
    {255LL, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {255LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "255"sv}, // %+0r
    {255LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "     255"sv}, // %+08r
    {255LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "255"sv}, // %+0.3r
    {255LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "       255"sv}, // %+010.4r
    {255LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {255LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "255"sv}, // %-#r
    {255LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "255     "sv}, // %-#8r
    {255LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "255"sv}, // %-#.3r
    {255LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "255       "sv}, // %-#10.4r
    {255LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {255LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "255"sv}, // %#0r
    {255LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "     255"sv}, // %#08r
    {255LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "255"sv}, // %#0.3r
    {255LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "       255"sv}, // %#010.4r
    {255LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0r
    {255LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "255"sv}, // % 0r
    {255LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "     255"sv}, // % 08r
    {255LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "255"sv}, // % 0.3r
    {255LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "       255"sv}, // % 010.4r
    {255LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0r
    {255LL, 'c', 0, 0, -1, "\xff"""sv}, // %c
    {255LL, 'c', 0, 8, -1, "       \xff"""sv}, // %8c
    {255LL, 'c', 0, 0, 3, "\xff"""sv}, // %.3c
    {255LL, 'c', 0, 10, 4, "         \xff"""sv}, // %10.4c
    {255LL, 'c', 0, 0, 0, "\xff"""sv}, // %.0c
    {255LL, 'c', RPY_FMT_LEFT, 0, -1, "\xff"""sv}, // %-c
    {255LL, 'c', RPY_FMT_LEFT, 8, -1, "\xff""       "sv}, // %-8c
    {255LL, 'c', RPY_FMT_LEFT, 0, 3, "\xff"""sv}, // %-.3c
    {255LL, 'c', RPY_FMT_LEFT, 10, 4, "\xff""         "sv}, // %-10.4c
    {255LL, 'c', RPY_FMT_LEFT, 0, 0, "\xff"""sv}, // %-.0c
    {255LL, 'c', RPY_FMT_PLUS, 0, -1, "\xff"""sv}, // %+c
    {255LL, 'c', RPY_FMT_PLUS, 8, -1, "       \xff"""sv}, // %+8c
    {255LL, 'c', RPY_FMT_PLUS, 0, 3, "\xff"""sv}, // %+.3c
    {255LL, 'c', RPY_FMT_PLUS, 10, 4, "         \xff"""sv}, // %+10.4c
    {255LL, 'c', RPY_FMT_PLUS, 0, 0, "\xff"""sv}, // %+.0c
    {255LL, 'c', RPY_FMT_SPACE, 0, -1, "\xff"""sv}, // % c
    {255LL, 'c', RPY_FMT_SPACE, 8, -1, "       \xff"""sv}, // % 8c
    {255LL, 'c', RPY_FMT_SPACE, 0, 3, "\xff"""sv}, // % .3c
    {255LL, 'c', RPY_FMT_SPACE, 10, 4, "         \xff"""sv}, // % 10.4c
    {255LL, 'c', RPY_FMT_SPACE, 0, 0, "\xff"""sv}, // % .0c
    {255LL, 'c', RPY_FMT_ZERO, 0, -1, "\xff"""sv}, // %0c
    {255LL, 'c', RPY_FMT_ZERO, 8, -1, "       \xff"""sv}, // %08c
    {255LL, 'c', RPY_FMT_ZERO, 0, 3, "\xff"""sv}, // %0.3c
    {255LL, 'c', RPY_FMT_ZERO, 10, 4, "         \xff"""sv}, // %010.4c
    {255LL, 'c', RPY_FMT_ZERO, 0, 0, "\xff"""sv}, // %0.0c
    {255LL, 'c', RPY_FMT_ALT, 0, -1, "\xff"""sv}, // %#c
    {255LL, 'c', RPY_FMT_ALT, 8, -1, "       \xff"""sv}, // %#8c
    {255LL, 'c', RPY_FMT_ALT, 0, 3, "\xff"""sv}, // %#.3c
    {255LL, 'c', RPY_FMT_ALT, 10, 4, "         \xff"""sv}, // %#10.4c
    {255LL, 'c', RPY_FMT_ALT, 0, 0, "\xff"""sv}, // %#.0c
    {255LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "\xff"""sv}, // %+0c
    {255LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "       \xff"""sv}, // %+08c
    {255LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "\xff"""sv}, // %+0.3c
    {255LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "         \xff"""sv}, // %+010.4c
    {255LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "\xff"""sv}, // %+0.0c
    {255LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "\xff"""sv}, // %-#c
    {255LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "\xff""       "sv}, // %-#8c
    {255LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "\xff"""sv}, // %-#.3c
    {255LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "\xff""         "sv}, // %-#10.4c
    {255LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "\xff"""sv}, // %-#.0c
    {255LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "\xff"""sv}, // %#0c
    {255LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "       \xff"""sv}, // %#08c
    {255LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "\xff"""sv}, // %#0.3c
    {255LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "         \xff"""sv}, // %#010.4c
    {255LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "\xff"""sv}, // %#0.0c
    {255LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "\xff"""sv}, // % 0c
    {255LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "       \xff"""sv}, // % 08c
    {255LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "\xff"""sv}, // % 0.3c
    {255LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "         \xff"""sv}, // % 010.4c
    {255LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "\xff"""sv}, // % 0.0c
    {-31LL, 'd', 0, 0, -1, "-31"sv}, // %d
    {-31LL, 'd', 0, 8, -1, "     -31"sv}, // %8d
    {-31LL, 'd', 0, 0, 3, "-031"sv}, // %.3d
    {-31LL, 'd', 0, 10, 4, "     -0031"sv}, // %10.4d
    {-31LL, 'd', 0, 0, 0, "-31"sv}, // %.0d
    {-31LL, 'd', RPY_FMT_LEFT, 0, -1, "-31"sv}, // %-d
    {-31LL, 'd', RPY_FMT_LEFT, 8, -1, "-31     "sv}, // %-8d
    {-31LL, 'd', RPY_FMT_LEFT, 0, 3, "-031"sv}, // %-.3d
    {-31LL, 'd', RPY_FMT_LEFT, 10, 4, "-0031     "sv}, // %-10.4d
    {-31LL, 'd', RPY_FMT_LEFT, 0, 0, "-31"sv}, // %-.0d
    {-31LL, 'd', RPY_FMT_PLUS, 0, -1, "-31"sv}, // %+d
    {-31LL, 'd', RPY_FMT_PLUS, 8, -1, "     -31"sv}, // %+8d
    {-31LL, 'd', RPY_FMT_PLUS, 0, 3, "-031"sv}, // %+.3d
    {-31LL, 'd', RPY_FMT_PLUS, 10, 4, "     -0031"sv}, // %+10.4d
    {-31LL, 'd', RPY_FMT_PLUS, 0, 0, "-31"sv}, // %+.0d
    {-31LL, 'd', RPY_FMT_SPACE, 0, -1, "-31"sv}, // % d
    {-31LL, 'd', RPY_FMT_SPACE, 8, -1, "     -31"sv}, // % 8d
    {-31LL, 'd', RPY_FMT_SPACE, 0, 3, "-031"sv}, // % .3d
    {-31LL, 'd', RPY_FMT_SPACE, 10, 4, "     -0031"sv}, // % 10.4d
    {-31LL, 'd', RPY_FMT_SPACE, 0, 0, "-31"sv}, // % .0d
    {-31LL, 'd', RPY_FMT_ZERO, 0, -1, "-31"sv}, // %0d
    {-31LL, 'd', RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // %08d
    {-31LL, 'd', RPY_FMT_ZERO, 0, 3, "-031"sv}, // %0.3d
    {-31LL, 'd', RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // %010.4d
    {-31LL, 'd', RPY_FMT_ZERO, 0, 0, "-31"sv}, // %0.0d
    {-31LL, 'd', RPY_FMT_ALT, 0, -1, "-31"sv}, // %#d
    {-31LL, 'd', RPY_FMT_ALT, 8, -1, "     -31"sv}, // %#8d
    {-31LL, 'd', RPY_FMT_ALT, 0, 3, "-031"sv}, // %#.3d
    {-31LL, 'd', RPY_FMT_ALT, 10, 4, "     -0031"sv}, // %#10.4d
    {-31LL, 'd', RPY_FMT_ALT, 0, 0, "-31"sv}, // %#.0d
    {-31LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-31"sv}, // %+0d
    {-31LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // %+08d
    {-31LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-031"sv}, // %+0.3d
    {-31LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // %+010.4d
    {-31LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-31"sv}, // %+0.0d
    {-31LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-31"sv}, // %-#d
    {-31LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-31     "sv}, // %-#8d
    {-31LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-031"sv}, // %-#.3d
    {-31LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0031     "sv}, // %-#10.4d
    {-31LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-31"sv}, // %-#.0d
    {-31LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-31"sv}, // %#0d
    {-31LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // %#08d
    {-31LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-031"sv}, // %#0.3d
    {-31LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // %#010.4d
    {-31LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-31"sv}, // %#0.0d
    {-31LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-31"sv}, // % 0d
    {-31LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // % 08d
    {-31LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-031"sv}, // % 0.3d
    {-31LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // % 010.4d
    {-31LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-31"sv}, // % 0.0d
    {-31LL, 'i', 0, 0, -1, "-31"sv}, // %i
    {-31LL, 'i', 0, 8, -1, "     -31"sv}, // %8i
    {-31LL, 'i', 0, 0, 3, "-031"sv}, // %.3i
    {-31LL, 'i', 0, 10, 4, "     -0031"sv}, // %10.4i
    {-31LL, 'i', 0, 0, 0, "-31"sv}, // %.0i
    {-31LL, 'i', RPY_FMT_LEFT, 0, -1, "-31"sv}, // %-i
    {-31LL, 'i', RPY_FMT_LEFT, 8, -1, "-31     "sv}, // %-8i
    {-31LL, 'i', RPY_FMT_LEFT, 0, 3, "-031"sv}, // %-.3i
    {-31LL, 'i', RPY_FMT_LEFT, 10, 4, "-0031     "sv}, // %-10.4i
    {-31LL, 'i', RPY_FMT_LEFT, 0, 0, "-31"sv}, // %-.0i
    {-31LL, 'i', RPY_FMT_PLUS, 0, -1, "-31"sv}, // %+i
    {-31LL, 'i', RPY_FMT_PLUS, 8, -1, "     -31"sv}, // %+8i
    {-31LL, 'i', RPY_FMT_PLUS, 0, 3, "-031"sv}, // %+.3i
    {-31LL, 'i', RPY_FMT_PLUS, 10, 4, "     -0031"sv}, // %+10.4i
    {-31LL, 'i', RPY_FMT_PLUS, 0, 0, "-31"sv}, // %+.0i
    {-31LL, 'i', RPY_FMT_SPACE, 0, -1, "-31"sv}, // % i
    {-31LL, 'i', RPY_FMT_SPACE, 8, -1, "     -31"sv}, // % 8i
    {-31LL, 'i', RPY_FMT_SPACE, 0, 3, "-031"sv}, // % .3i
    {-31LL, 'i', RPY_FMT_SPACE, 10, 4, "     -0031"sv}, // % 10.4i
    {-31LL, 'i', RPY_FMT_SPACE, 0, 0, "-31"sv}, // % .0i
    {-31LL, 'i', RPY_FMT_ZERO, 0, -1, "-31"sv}, // %0i
    {-31LL, 'i', RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // %08i
    {-31LL, 'i', RPY_FMT_ZERO, 0, 3, "-031"sv}, // %0.3i
    {-31LL, 'i', RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // %010.4i
    {-31LL, 'i', RPY_FMT_ZERO, 0, 0, "-31"sv}, // %0.0i
    {-31LL, 'i', RPY_FMT_ALT, 0, -1, "-31"sv}, // %#i
    {-31LL, 'i', RPY_FMT_ALT, 8, -1, "     -31"sv}, // %#8i
    {-31LL, 'i', RPY_FMT_ALT, 0, 3, "-031"sv}, // %#.3i
    {-31LL, 'i', RPY_FMT_ALT, 10, 4, "     -0031"sv}, // %#10.4i
    {-31LL, 'i', RPY_FMT_ALT, 0, 0, "-31"sv}, // %#.0i
    {-31LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-31"sv}, // %+0i
    {-31LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // %+08i
    {-31LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-031"sv}, // %+0.3i
    {-31LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // %+010.4i
    {-31LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-31"sv}, // %+0.0i
    {-31LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-31"sv}, // %-#i
    {-31LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-31     "sv}, // %-#8i
    {-31LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-031"sv}, // %-#.3i
    {-31LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0031     "sv}, // %-#10.4i
    {-31LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-31"sv}, // %-#.0i
    {-31LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-31"sv}, // %#0i
    {-31LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // %#08i
    {-31LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-031"sv}, // %#0.3i
    {-31LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // %#010.4i
    {-31LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-31"sv}, // %#0.0i
    {-31LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-31"sv}, // % 0i
    {-31LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // % 08i
    {-31LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-031"sv}, // % 0.3i
    {-31LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // % 010.4i
    {-31LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-31"sv}, // % 0.0i
    {-31LL, 'x', 0, 0, -1, "-1f"sv}, // %x
    {-31LL, 'x', 0, 8, -1, "     -1f"sv}, // %8x
    {-31LL, 'x', 0, 0, 3, "-01f"sv}, // %.3x
    {-31LL, 'x', 0, 10, 4, "     -001f"sv}, // %10.4x
    {-31LL, 'x', 0, 0, 0, "-1f"sv}, // %.0x
    {-31LL, 'x', RPY_FMT_LEFT, 0, -1, "-1f"sv}, // %-x
    {-31LL, 'x', RPY_FMT_LEFT, 8, -1, "-1f     "sv}, // %-8x
    {-31LL, 'x', RPY_FMT_LEFT, 0, 3, "-01f"sv}, // %-.3x
    {-31LL, 'x', RPY_FMT_LEFT, 10, 4, "-001f     "sv}, // %-10.4x
    {-31LL, 'x', RPY_FMT_LEFT, 0, 0, "-1f"sv}, // %-.0x
    {-31LL, 'x', RPY_FMT_PLUS, 0, -1, "-1f"sv}, // %+x
    {-31LL, 'x', RPY_FMT_PLUS, 8, -1, "     -1f"sv}, // %+8x
    {-31LL, 'x', RPY_FMT_PLUS, 0, 3, "-01f"sv}, // %+.3x
    {-31LL, 'x', RPY_FMT_PLUS, 10, 4, "     -001f"sv}, // %+10.4x
    {-31LL, 'x', RPY_FMT_PLUS, 0, 0, "-1f"sv}, // %+.0x
    {-31LL, 'x', RPY_FMT_SPACE, 0, -1, "-1f"sv}, // % x
    {-31LL, 'x', RPY_FMT_SPACE, 8, -1, "     -1f"sv}, // % 8x
    {-31LL, 'x', RPY_FMT_SPACE, 0, 3, "-01f"sv}, // % .3x
    {-31LL, 'x', RPY_FMT_SPACE, 10, 4, "     -001f"sv}, // % 10.4x
    {-31LL, 'x', RPY_FMT_SPACE, 0, 0, "-1f"sv}, // % .0x
    {-31LL, 'x', RPY_FMT_ZERO, 0, -1, "-1f"sv}, // %0x
    {-31LL, 'x', RPY_FMT_ZERO, 8, -1, "-000001f"sv}, // %08x
    {-31LL, 'x', RPY_FMT_ZERO, 0, 3, "-01f"sv}, // %0.3x
    {-31LL, 'x', RPY_FMT_ZERO, 10, 4, "-00000001f"sv}, // %010.4x
    {-31LL, 'x', RPY_FMT_ZERO, 0, 0, "-1f"sv}, // %0.0x
    {-31LL, 'x', RPY_FMT_ALT, 0, -1, "-0x1f"sv}, // %#x
    {-31LL, 'x', RPY_FMT_ALT, 8, -1, "   -0x1f"sv}, // %#8x
    {-31LL, 'x', RPY_FMT_ALT, 0, 3, "-0x01f"sv}, // %#.3x
    {-31LL, 'x', RPY_FMT_ALT, 10, 4, "   -0x001f"sv}, // %#10.4x
    {-31LL, 'x', RPY_FMT_ALT, 0, 0, "-0x1f"sv}, // %#.0x
    {-31LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-1f"sv}, // %+0x
    {-31LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-000001f"sv}, // %+08x
    {-31LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-01f"sv}, // %+0.3x
    {-31LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-00000001f"sv}, // %+010.4x
    {-31LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-1f"sv}, // %+0.0x
    {-31LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0x1f"sv}, // %-#x
    {-31LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-0x1f   "sv}, // %-#8x
    {-31LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0x01f"sv}, // %-#.3x
    {-31LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0x001f   "sv}, // %-#10.4x
    {-31LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0x1f"sv}, // %-#.0x
    {-31LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-0x1f"sv}, // %#0x
    {-31LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0x0001f"sv}, // %#08x
    {-31LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-0x01f"sv}, // %#0.3x
    {-31LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-0x000001f"sv}, // %#010.4x
    {-31LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-0x1f"sv}, // %#0.0x
    {-31LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-1f"sv}, // % 0x
    {-31LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-000001f"sv}, // % 08x
    {-31LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-01f"sv}, // % 0.3x
    {-31LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-00000001f"sv}, // % 010.4x
    {-31LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-1f"sv}, // % 0.0x
    {-31LL, 'X', 0, 0, -1, "-1F"sv}, // %X
    {-31LL, 'X', 0, 8, -1, "     -1F"sv}, // %8X
    {-31LL, 'X', 0, 0, 3, "-01F"sv}, // %.3X
    {-31LL, 'X', 0, 10, 4, "     -001F"sv}, // %10.4X
    {-31LL, 'X', 0, 0, 0, "-1F"sv}, // %.0X
    {-31LL, 'X', RPY_FMT_LEFT, 0, -1, "-1F"sv}, // %-X
    {-31LL, 'X', RPY_FMT_LEFT, 8, -1, "-1F     "sv}, // %-8X
    {-31LL, 'X', RPY_FMT_LEFT, 0, 3, "-01F"sv}, // %-.3X
    {-31LL, 'X', RPY_FMT_LEFT, 10, 4, "-001F     "sv}, // %-10.4X
    {-31LL, 'X', RPY_FMT_LEFT, 0, 0, "-1F"sv}, // %-.0X
    {-31LL, 'X', RPY_FMT_PLUS, 0, -1, "-1F"sv}, // %+X
    {-31LL, 'X', RPY_FMT_PLUS, 8, -1, "     -1F"sv}, // %+8X
    {-31LL, 'X', RPY_FMT_PLUS, 0, 3, "-01F"sv}, // %+.3X
    {-31LL, 'X', RPY_FMT_PLUS, 10, 4, "     -001F"sv}, // %+10.4X
    {-31LL, 'X', RPY_FMT_PLUS, 0, 0, "-1F"sv}, // %+.0X
    {-31LL, 'X', RPY_FMT_SPACE, 0, -1, "-1F"sv}, // % X
    {-31LL, 'X', RPY_FMT_SPACE, 8, -1, "     -1F"sv}, // % 8X
    {-31LL, 'X', RPY_FMT_SPACE, 0, 3, "-01F"sv}, // % .3X
    {-31LL, 'X', RPY_FMT_SPACE, 10, 4, "     -001F"sv}, // % 10.4X
    {-31LL, 'X', RPY_FMT_SPACE, 0, 0, "-1F"sv}, // % .0X
    {-31LL, 'X', RPY_FMT_ZERO, 0, -1, "-1F"sv}, // %0X
    {-31LL, 'X', RPY_FMT_ZERO, 8, -1, "-000001F"sv}, // %08X
    {-31LL, 'X', RPY_FMT_ZERO, 0, 3, "-01F"sv}, // %0.3X
    {-31LL, 'X', RPY_FMT_ZERO, 10, 4, "-00000001F"sv}, // %010.4X
    {-31LL, 'X', RPY_FMT_ZERO, 0, 0, "-1F"sv}, // %0.0X
    {-31LL, 'X', RPY_FMT_ALT, 0, -1, "-0X1F"sv}, // %#X
    {-31LL, 'X', RPY_FMT_ALT, 8, -1, "   -0X1F"sv}, // %#8X
    {-31LL, 'X', RPY_FMT_ALT, 0, 3, "-0X01F"sv}, // %#.3X
    {-31LL, 'X', RPY_FMT_ALT, 10, 4, "   -0X001F"sv}, // %#10.4X
    {-31LL, 'X', RPY_FMT_ALT, 0, 0, "-0X1F"sv}, // %#.0X
    {-31LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-1F"sv}, // %+0X
    {-31LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-000001F"sv}, // %+08X
    {-31LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-01F"sv}, // %+0.3X
    {-31LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-00000001F"sv}, // %+010.4X
    {-31LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-1F"sv}, // %+0.0X
    {-31LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0X1F"sv}, // %-#X
    {-31LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-0X1F   "sv}, // %-#8X
    {-31LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0X01F"sv}, // %-#.3X
    {-31LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0X001F   "sv}, // %-#10.4X
    {-31LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0X1F"sv}, // %-#.0X
    {-31LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-0X1F"sv}, // %#0X
    {-31LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0X0001F"sv}, // %#08X
    {-31LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-0X01F"sv}, // %#0.3X
    {-31LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-0X000001F"sv}, // %#010.4X
    {-31LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-0X1F"sv}, // %#0.0X
    {-31LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-1F"sv}, // % 0X
    {-31LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-000001F"sv}, // % 08X
    {-31LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-01F"sv}, // % 0.3X
    {-31LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-00000001F"sv}, // % 010.4X
    {-31LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-1F"sv}, // % 0.0X
    {-31LL, 'o', 0, 0, -1, "-37"sv}, // %o
    {-31LL, 'o', 0, 8, -1, "     -37"sv}, // %8o
    {-31LL, 'o', 0, 0, 3, "-037"sv}, // %.3o
    {-31LL, 'o', 0, 10, 4, "     -0037"sv}, // %10.4o
    {-31LL, 'o', 0, 0, 0, "-37"sv}, // %.0o
    {-31LL, 'o', RPY_FMT_LEFT, 0, -1, "-37"sv}, // %-o
    {-31LL, 'o', RPY_FMT_LEFT, 8, -1, "-37     "sv}, // %-8o
    {-31LL, 'o', RPY_FMT_LEFT, 0, 3, "-037"sv}, // %-.3o
    {-31LL, 'o', RPY_FMT_LEFT, 10, 4, "-0037     "sv}, // %-10.4o
    {-31LL, 'o', RPY_FMT_LEFT, 0, 0, "-37"sv}, // %-.0o
    {-31LL, 'o', RPY_FMT_PLUS, 0, -1, "-37"sv}, // %+o
    {-31LL, 'o', RPY_FMT_PLUS, 8, -1, "     -37"sv}, // %+8o
    {-31LL, 'o', RPY_FMT_PLUS, 0, 3, "-037"sv}, // %+.3o
    {-31LL, 'o', RPY_FMT_PLUS, 10, 4, "     -0037"sv}, // %+10.4o
    {-31LL, 'o', RPY_FMT_PLUS, 0, 0, "-37"sv}, // %+.0o
    {-31LL, 'o', RPY_FMT_SPACE, 0, -1, "-37"sv}, // % o
    {-31LL, 'o', RPY_FMT_SPACE, 8, -1, "     -37"sv}, // % 8o
    {-31LL, 'o', RPY_FMT_SPACE, 0, 3, "-037"sv}, // % .3o
    {-31LL, 'o', RPY_FMT_SPACE, 10, 4, "     -0037"sv}, // % 10.4o
    {-31LL, 'o', RPY_FMT_SPACE, 0, 0, "-37"sv}, // % .0o
    {-31LL, 'o', RPY_FMT_ZERO, 0, -1, "-37"sv}, // %0o
    {-31LL, 'o', RPY_FMT_ZERO, 8, -1, "-0000037"sv}, // %08o
    {-31LL, 'o', RPY_FMT_ZERO, 0, 3, "-037"sv}, // %0.3o
    {-31LL, 'o', RPY_FMT_ZERO, 10, 4, "-000000037"sv}, // %010.4o
    {-31LL, 'o', RPY_FMT_ZERO, 0, 0, "-37"sv}, // %0.0o
    {-31LL, 'o', RPY_FMT_ALT, 0, -1, "-0o37"sv}, // %#o
    {-31LL, 'o', RPY_FMT_ALT, 8, -1, "   -0o37"sv}, // %#8o
    {-31LL, 'o', RPY_FMT_ALT, 0, 3, "-0o037"sv}, // %#.3o
    {-31LL, 'o', RPY_FMT_ALT, 10, 4, "   -0o0037"sv}, // %#10.4o
    {-31LL, 'o', RPY_FMT_ALT, 0, 0, "-0o37"sv}, // %#.0o
    {-31LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-37"sv}, // %+0o
    {-31LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000037"sv}, // %+08o
    {-31LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-037"sv}, // %+0.3o
    {-31LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000037"sv}, // %+010.4o
    {-31LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-37"sv}, // %+0.0o
    {-31LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0o37"sv}, // %-#o
    {-31LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-0o37   "sv}, // %-#8o
    {-31LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0o037"sv}, // %-#.3o
    {-31LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0o0037   "sv}, // %-#10.4o
    {-31LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0o37"sv}, // %-#.0o
    {-31LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-0o37"sv}, // %#0o
    {-31LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0o00037"sv}, // %#08o
    {-31LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-0o037"sv}, // %#0.3o
    {-31LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-0o0000037"sv}, // %#010.4o
    {-31LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-0o37"sv}, // %#0.0o
    {-31LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-37"sv}, // % 0o
    {-31LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000037"sv}, // % 08o
    {-31LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-037"sv}, // % 0.3o
    {-31LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000037"sv}, // % 010.4o
    {-31LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-37"sv}, // % 0.0o
    {-31LL, 'e', 0, 0, -1, "-3.100000e+01"sv}, // %e
    {-31LL, 'e', 0, 8, -1, "-3.100000e+01"sv}, // %8e
    {-31LL, 'e', 0, 0, 3, "-3.100e+01"sv}, // %.3e
    {-31LL, 'e', 0, 10, 4, "-3.1000e+01"sv}, // %10.4e
    {-31LL, 'e', 0, 0, 0, "-3e+01"sv}, // %.0e
    {-31LL, 'e', RPY_FMT_LEFT, 0, -1, "-3.100000e+01"sv}, // %-e
    {-31LL, 'e', RPY_FMT_LEFT, 8, -1, "-3.100000e+01"sv}, // %-8e
    {-31LL, 'e', RPY_FMT_LEFT, 0, 3, "-3.100e+01"sv}, // %-.3e
    {-31LL, 'e', RPY_FMT_LEFT, 10, 4, "-3.1000e+01"sv}, // %-10.4e
    {-31LL, 'e', RPY_FMT_LEFT, 0, 0, "-3e+01"sv}, // %-.0e
    {-31LL, 'e', RPY_FMT_PLUS, 0, -1, "-3.100000e+01"sv}, // %+e
    {-31LL, 'e', RPY_FMT_PLUS, 8, -1, "-3.100000e+01"sv}, // %+8e
    {-31LL, 'e', RPY_FMT_PLUS, 0, 3, "-3.100e+01"sv}, // %+.3e
    {-31LL, 'e', RPY_FMT_PLUS, 10, 4, "-3.1000e+01"sv}, // %+10.4e
    {-31LL, 'e', RPY_FMT_PLUS, 0, 0, "-3e+01"sv}, // %+.0e
    {-31LL, 'e', RPY_FMT_SPACE, 0, -1, "-3.100000e+01"sv}, // % e
    {-31LL, 'e', RPY_FMT_SPACE, 8, -1, "-3.100000e+01"sv}, // % 8e
    {-31LL, 'e', RPY_FMT_SPACE, 0, 3, "-3.100e+01"sv}, // % .3e
    {-31LL, 'e', RPY_FMT_SPACE, 10, 4, "-3.1000e+01"sv}, // % 10.4e
    {-31LL, 'e', RPY_FMT_SPACE, 0, 0, "-3e+01"sv}, // % .0e
    {-31LL, 'e', RPY_FMT_ZERO, 0, -1, "-3.100000e+01"sv}, // %0e
    {-31LL, 'e', RPY_FMT_ZERO, 8, -1, "-3.100000e+01"sv}, // %08e
    {-31LL, 'e', RPY_FMT_ZERO, 0, 3, "-3.100e+01"sv}, // %0.3e
    {-31LL, 'e', RPY_FMT_ZERO, 10, 4, "-3.1000e+01"sv}, // %010.4e
    {-31LL, 'e', RPY_FMT_ZERO, 0, 0, "-3e+01"sv}, // %0.0e
    {-31LL, 'e', RPY_FMT_ALT, 0, -1, "-3.100000e+01"sv}, // %#e
    {-31LL, 'e', RPY_FMT_ALT, 8, -1, "-3.100000e+01"sv}, // %#8e
    {-31LL, 'e', RPY_FMT_ALT, 0, 3, "-3.100e+01"sv}, // %#.3e
    {-31LL, 'e', RPY_FMT_ALT, 10, 4, "-3.1000e+01"sv}, // %#10.4e
    {-31LL, 'e', RPY_FMT_ALT, 0, 0, "-3.e+01"sv}, // %#.0e
    {-31LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-3.100000e+01"sv}, // %+0e
    {-31LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-3.100000e+01"sv}, // %+08e
    {-31LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-3.100e+01"sv}, // %+0.3e
    {-31LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-3.1000e+01"sv}, // %+010.4e
    {-31LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-3e+01"sv}, // %+0.0e
    {-31LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-3.100000e+01"sv}, // %-#e
    {-31LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-3.100000e+01"sv}, // %-#8e
    {-31LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-3.100e+01"sv}, // %-#.3e
    {-31LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-3.1000e+01"sv}, // %-#10.4e
    {-31LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-3.e+01"sv}, // %-#.0e
    {-31LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-3.100000e+01"sv}, // %#0e
    {-31LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-3.100000e+01"sv}, // %#08e
    {-31LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-3.100e+01"sv}, // %#0.3e
    {-31LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-3.1000e+01"sv}, // %#010.4e
    {-31LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-3.e+01"sv}, // %#0.0e
    {-31LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-3.100000e+01"sv}, // % 0e
    {-31LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-3.100000e+01"sv}, // % 08e
    {-31LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-3.100e+01"sv}, // % 0.3e
    {-31LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-3.1000e+01"sv}, // % 010.4e
    {-31LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-3e+01"sv}, // % 0.0e
    {-31LL, 'E', 0, 0, -1, "-3.100000E+01"sv}, // %E
    {-31LL, 'E', 0, 8, -1, "-3.100000E+01"sv}, // %8E
    {-31LL, 'E', 0, 0, 3, "-3.100E+01"sv}, // %.3E
    {-31LL, 'E', 0, 10, 4, "-3.1000E+01"sv}, // %10.4E
    {-31LL, 'E', 0, 0, 0, "-3E+01"sv}, // %.0E
    {-31LL, 'E', RPY_FMT_LEFT, 0, -1, "-3.100000E+01"sv}, // %-E
    {-31LL, 'E', RPY_FMT_LEFT, 8, -1, "-3.100000E+01"sv}, // %-8E
    {-31LL, 'E', RPY_FMT_LEFT, 0, 3, "-3.100E+01"sv}, // %-.3E
    {-31LL, 'E', RPY_FMT_LEFT, 10, 4, "-3.1000E+01"sv}, // %-10.4E
    {-31LL, 'E', RPY_FMT_LEFT, 0, 0, "-3E+01"sv}, // %-.0E
    {-31LL, 'E', RPY_FMT_PLUS, 0, -1, "-3.100000E+01"sv}, // %+E
    {-31LL, 'E', RPY_FMT_PLUS, 8, -1, "-3.100000E+01"sv}, // %+8E
    {-31LL, 'E', RPY_FMT_PLUS, 0, 3, "-3.100E+01"sv}, // %+.3E
    {-31LL, 'E', RPY_FMT_PLUS, 10, 4, "-3.1000E+01"sv}, // %+10.4E
    {-31LL, 'E', RPY_FMT_PLUS, 0, 0, "-3E+01"sv}, // %+.0E
    {-31LL, 'E', RPY_FMT_SPACE, 0, -1, "-3.100000E+01"sv}, // % E
    {-31LL, 'E', RPY_FMT_SPACE, 8, -1, "-3.100000E+01"sv}, // % 8E
    {-31LL, 'E', RPY_FMT_SPACE, 0, 3, "-3.100E+01"sv}, // % .3E
    {-31LL, 'E', RPY_FMT_SPACE, 10, 4, "-3.1000E+01"sv}, // % 10.4E
    {-31LL, 'E', RPY_FMT_SPACE, 0, 0, "-3E+01"sv}, // % .0E
    {-31LL, 'E', RPY_FMT_ZERO, 0, -1, "-3.100000E+01"sv}, // %0E
    {-31LL, 'E', RPY_FMT_ZERO, 8, -1, "-3.100000E+01"sv}, // %08E
    {-31LL, 'E', RPY_FMT_ZERO, 0, 3, "-3.100E+01"sv}, // %0.3E
    {-31LL, 'E', RPY_FMT_ZERO, 10, 4, "-3.1000E+01"sv}, // %010.4E
    {-31LL, 'E', RPY_FMT_ZERO, 0, 0, "-3E+01"sv}, // %0.0E
    {-31LL, 'E', RPY_FMT_ALT, 0, -1, "-3.100000E+01"sv}, // %#E
    {-31LL, 'E', RPY_FMT_ALT, 8, -1, "-3.100000E+01"sv}, // %#8E
    {-31LL, 'E', RPY_FMT_ALT, 0, 3, "-3.100E+01"sv}, // %#.3E
    {-31LL, 'E', RPY_FMT_ALT, 10, 4, "-3.1000E+01"sv}, // %#10.4E
    {-31LL, 'E', RPY_FMT_ALT, 0, 0, "-3.E+01"sv}, // %#.0E
    {-31LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-3.100000E+01"sv}, // %+0E
    {-31LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-3.100000E+01"sv}, // %+08E
    {-31LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-3.100E+01"sv}, // %+0.3E
    {-31LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-3.1000E+01"sv}, // %+010.4E
    {-31LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-3E+01"sv}, // %+0.0E
    {-31LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-3.100000E+01"sv}, // %-#E
    {-31LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-3.100000E+01"sv}, // %-#8E
    {-31LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-3.100E+01"sv}, // %-#.3E
    {-31LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-3.1000E+01"sv}, // %-#10.4E
    {-31LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-3.E+01"sv}, // %-#.0E
    {-31LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-3.100000E+01"sv}, // %#0E
    {-31LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-3.100000E+01"sv}, // %#08E
    {-31LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-3.100E+01"sv}, // %#0.3E
    {-31LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-3.1000E+01"sv}, // %#010.4E
    {-31LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-3.E+01"sv}, // %#0.0E
    {-31LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-3.100000E+01"sv}, // % 0E
    {-31LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-3.100000E+01"sv}, // % 08E
    {-31LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-3.100E+01"sv}, // % 0.3E
    {-31LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-3.1000E+01"sv}, // % 010.4E
    {-31LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-3E+01"sv}, // % 0.0E
    {-31LL, 'f', 0, 0, -1, "-31.000000"sv}, // %f
    {-31LL, 'f', 0, 8, -1, "-31.000000"sv}, // %8f
    {-31LL, 'f', 0, 0, 3, "-31.000"sv}, // %.3f
    {-31LL, 'f', 0, 10, 4, "  -31.0000"sv}, // %10.4f
    {-31LL, 'f', 0, 0, 0, "-31"sv}, // %.0f
    {-31LL, 'f', RPY_FMT_LEFT, 0, -1, "-31.000000"sv}, // %-f
    {-31LL, 'f', RPY_FMT_LEFT, 8, -1, "-31.000000"sv}, // %-8f
    {-31LL, 'f', RPY_FMT_LEFT, 0, 3, "-31.000"sv}, // %-.3f
    {-31LL, 'f', RPY_FMT_LEFT, 10, 4, "-31.0000  "sv}, // %-10.4f
    {-31LL, 'f', RPY_FMT_LEFT, 0, 0, "-31"sv}, // %-.0f
    {-31LL, 'f', RPY_FMT_PLUS, 0, -1, "-31.000000"sv}, // %+f
    {-31LL, 'f', RPY_FMT_PLUS, 8, -1, "-31.000000"sv}, // %+8f
    {-31LL, 'f', RPY_FMT_PLUS, 0, 3, "-31.000"sv}, // %+.3f
    {-31LL, 'f', RPY_FMT_PLUS, 10, 4, "  -31.0000"sv}, // %+10.4f
    {-31LL, 'f', RPY_FMT_PLUS, 0, 0, "-31"sv}, // %+.0f
    {-31LL, 'f', RPY_FMT_SPACE, 0, -1, "-31.000000"sv}, // % f
    {-31LL, 'f', RPY_FMT_SPACE, 8, -1, "-31.000000"sv}, // % 8f
    {-31LL, 'f', RPY_FMT_SPACE, 0, 3, "-31.000"sv}, // % .3f
    {-31LL, 'f', RPY_FMT_SPACE, 10, 4, "  -31.0000"sv}, // % 10.4f
    {-31LL, 'f', RPY_FMT_SPACE, 0, 0, "-31"sv}, // % .0f
    {-31LL, 'f', RPY_FMT_ZERO, 0, -1, "-31.000000"sv}, // %0f
    {-31LL, 'f', RPY_FMT_ZERO, 8, -1, "-31.000000"sv}, // %08f
    {-31LL, 'f', RPY_FMT_ZERO, 0, 3, "-31.000"sv}, // %0.3f
    {-31LL, 'f', RPY_FMT_ZERO, 10, 4, "-0031.0000"sv}, // %010.4f
    {-31LL, 'f', RPY_FMT_ZERO, 0, 0, "-31"sv}, // %0.0f
    {-31LL, 'f', RPY_FMT_ALT, 0, -1, "-31.000000"sv}, // %#f
    {-31LL, 'f', RPY_FMT_ALT, 8, -1, "-31.000000"sv}, // %#8f
    {-31LL, 'f', RPY_FMT_ALT, 0, 3, "-31.000"sv}, // %#.3f
    {-31LL, 'f', RPY_FMT_ALT, 10, 4, "  -31.0000"sv}, // %#10.4f
    {-31LL, 'f', RPY_FMT_ALT, 0, 0, "-31."sv}, // %#.0f
    {-31LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-31.000000"sv}, // %+0f
    {-31LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-31.000000"sv}, // %+08f
    {-31LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-31.000"sv}, // %+0.3f
    {-31LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-0031.0000"sv}, // %+010.4f
    {-31LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-31"sv}, // %+0.0f
    {-31LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-31.000000"sv}, // %-#f
    {-31LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-31.000000"sv}, // %-#8f
    {-31LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-31.000"sv}, // %-#.3f
    {-31LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-31.0000  "sv}, // %-#10.4f
    {-31LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-31."sv}, // %-#.0f
    {-31LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-31.000000"sv}, // %#0f
    {-31LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-31.000000"sv}, // %#08f
    {-31LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-31.000"sv}, // %#0.3f
    {-31LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-0031.0000"sv}, // %#010.4f
    {-31LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-31."sv}, // %#0.0f
    {-31LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-31.000000"sv}, // % 0f
    {-31LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-31.000000"sv}, // % 08f
    {-31LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-31.000"sv}, // % 0.3f
    {-31LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-0031.0000"sv}, // % 010.4f
    {-31LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-31"sv}, // % 0.0f
    {-31LL, 'g', 0, 0, -1, "-31"sv}, // %g
    {-31LL, 'g', 0, 8, -1, "     -31"sv}, // %8g
    {-31LL, 'g', 0, 0, 3, "-31"sv}, // %.3g
    {-31LL, 'g', 0, 10, 4, "       -31"sv}, // %10.4g
    {-31LL, 'g', 0, 0, 0, "-3e+01"sv}, // %.0g
    {-31LL, 'g', RPY_FMT_LEFT, 0, -1, "-31"sv}, // %-g
    {-31LL, 'g', RPY_FMT_LEFT, 8, -1, "-31     "sv}, // %-8g
    {-31LL, 'g', RPY_FMT_LEFT, 0, 3, "-31"sv}, // %-.3g
    {-31LL, 'g', RPY_FMT_LEFT, 10, 4, "-31       "sv}, // %-10.4g
    {-31LL, 'g', RPY_FMT_LEFT, 0, 0, "-3e+01"sv}, // %-.0g
    {-31LL, 'g', RPY_FMT_PLUS, 0, -1, "-31"sv}, // %+g
    {-31LL, 'g', RPY_FMT_PLUS, 8, -1, "     -31"sv}, // %+8g
    {-31LL, 'g', RPY_FMT_PLUS, 0, 3, "-31"sv}, // %+.3g
    {-31LL, 'g', RPY_FMT_PLUS, 10, 4, "       -31"sv}, // %+10.4g
    {-31LL, 'g', RPY_FMT_PLUS, 0, 0, "-3e+01"sv}, // %+.0g
    {-31LL, 'g', RPY_FMT_SPACE, 0, -1, "-31"sv}, // % g
    {-31LL, 'g', RPY_FMT_SPACE, 8, -1, "     -31"sv}, // % 8g
    {-31LL, 'g', RPY_FMT_SPACE, 0, 3, "-31"sv}, // % .3g
    {-31LL, 'g', RPY_FMT_SPACE, 10, 4, "       -31"sv}, // % 10.4g
    {-31LL, 'g', RPY_FMT_SPACE, 0, 0, "-3e+01"sv}, // % .0g
    {-31LL, 'g', RPY_FMT_ZERO, 0, -1, "-31"sv}, // %0g
    {-31LL, 'g', RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // %08g
    {-31LL, 'g', RPY_FMT_ZERO, 0, 3, "-31"sv}, // %0.3g
    {-31LL, 'g', RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // %010.4g
    {-31LL, 'g', RPY_FMT_ZERO, 0, 0, "-3e+01"sv}, // %0.0g
    {-31LL, 'g', RPY_FMT_ALT, 0, -1, "-31.0000"sv}, // %#g
    {-31LL, 'g', RPY_FMT_ALT, 8, -1, "-31.0000"sv}, // %#8g
    {-31LL, 'g', RPY_FMT_ALT, 0, 3, "-31.0"sv}, // %#.3g
    {-31LL, 'g', RPY_FMT_ALT, 10, 4, "    -31.00"sv}, // %#10.4g
    {-31LL, 'g', RPY_FMT_ALT, 0, 0, "-3.e+01"sv}, // %#.0g
    {-31LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-31"sv}, // %+0g
    {-31LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // %+08g
    {-31LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-31"sv}, // %+0.3g
    {-31LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // %+010.4g
    {-31LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-3e+01"sv}, // %+0.0g
    {-31LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-31.0000"sv}, // %-#g
    {-31LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-31.0000"sv}, // %-#8g
    {-31LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-31.0"sv}, // %-#.3g
    {-31LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-31.00    "sv}, // %-#10.4g
    {-31LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-3.e+01"sv}, // %-#.0g
    {-31LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-31.0000"sv}, // %#0g
    {-31LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-31.0000"sv}, // %#08g
    {-31LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-31.0"sv}, // %#0.3g
    {-31LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-000031.00"sv}, // %#010.4g
    {-31LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-3.e+01"sv}, // %#0.0g
    {-31LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-31"sv}, // % 0g
    {-31LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // % 08g
    {-31LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-31"sv}, // % 0.3g
    {-31LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // % 010.4g
    {-31LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-3e+01"sv}, // % 0.0g
    {-31LL, 'G', 0, 0, -1, "-31"sv}, // %G
    {-31LL, 'G', 0, 8, -1, "     -31"sv}, // %8G
    {-31LL, 'G', 0, 0, 3, "-31"sv}, // %.3G
    {-31LL, 'G', 0, 10, 4, "       -31"sv}, // %10.4G
    {-31LL, 'G', 0, 0, 0, "-3E+01"sv}, // %.0G
    {-31LL, 'G', RPY_FMT_LEFT, 0, -1, "-31"sv}, // %-G
    {-31LL, 'G', RPY_FMT_LEFT, 8, -1, "-31     "sv}, // %-8G
    {-31LL, 'G', RPY_FMT_LEFT, 0, 3, "-31"sv}, // %-.3G
    {-31LL, 'G', RPY_FMT_LEFT, 10, 4, "-31       "sv}, // %-10.4G
    {-31LL, 'G', RPY_FMT_LEFT, 0, 0, "-3E+01"sv}, // %-.0G
    {-31LL, 'G', RPY_FMT_PLUS, 0, -1, "-31"sv}, // %+G
    {-31LL, 'G', RPY_FMT_PLUS, 8, -1, "     -31"sv}, // %+8G
    {-31LL, 'G', RPY_FMT_PLUS, 0, 3, "-31"sv}, // %+.3G
    {-31LL, 'G', RPY_FMT_PLUS, 10, 4, "       -31"sv}, // %+10.4G
    {-31LL, 'G', RPY_FMT_PLUS, 0, 0, "-3E+01"sv}, // %+.0G
    {-31LL, 'G', RPY_FMT_SPACE, 0, -1, "-31"sv}, // % G
    {-31LL, 'G', RPY_FMT_SPACE, 8, -1, "     -31"sv}, // % 8G
    {-31LL, 'G', RPY_FMT_SPACE, 0, 3, "-31"sv}, // % .3G
    {-31LL, 'G', RPY_FMT_SPACE, 10, 4, "       -31"sv}, // % 10.4G
    {-31LL, 'G', RPY_FMT_SPACE, 0, 0, "-3E+01"sv}, // % .0G
    {-31LL, 'G', RPY_FMT_ZERO, 0, -1, "-31"sv}, // %0G
    {-31LL, 'G', RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // %08G
    {-31LL, 'G', RPY_FMT_ZERO, 0, 3, "-31"sv}, // %0.3G
    {-31LL, 'G', RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // %010.4G
    {-31LL, 'G', RPY_FMT_ZERO, 0, 0, "-3E+01"sv}, // %0.0G
    {-31LL, 'G', RPY_FMT_ALT, 0, -1, "-31.0000"sv}, // %#G
    {-31LL, 'G', RPY_FMT_ALT, 8, -1, "-31.0000"sv}, // %#8G
    {-31LL, 'G', RPY_FMT_ALT, 0, 3, "-31.0"sv}, // %#.3G
    {-31LL, 'G', RPY_FMT_ALT, 10, 4, "    -31.00"sv}, // %#10.4G
    {-31LL, 'G', RPY_FMT_ALT, 0, 0, "-3.E+01"sv}, // %#.0G
    {-31LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-31"sv}, // %+0G
    {-31LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // %+08G
    {-31LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-31"sv}, // %+0.3G
    {-31LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // %+010.4G
    {-31LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-3E+01"sv}, // %+0.0G
    {-31LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-31.0000"sv}, // %-#G
    {-31LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-31.0000"sv}, // %-#8G
    {-31LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-31.0"sv}, // %-#.3G
    {-31LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-31.00    "sv}, // %-#10.4G
    {-31LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-3.E+01"sv}, // %-#.0G
    {-31LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-31.0000"sv}, // %#0G
    {-31LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-31.0000"sv}, // %#08G
    {-31LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-31.0"sv}, // %#0.3G
    {-31LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-000031.00"sv}, // %#010.4G
    {-31LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-3.E+01"sv}, // %#0.0G
    {-31LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-31"sv}, // % 0G
    {-31LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-0000031"sv}, // % 08G
    {-31LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-31"sv}, // % 0.3G
    {-31LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-000000031"sv}, // % 010.4G
    {-31LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-3E+01"sv}, // % 0.0G
    {-31LL, 's', 0, 0, -1, "-31"sv}, // %s
    {-31LL, 's', 0, 8, -1, "     -31"sv}, // %8s
    {-31LL, 's', 0, 0, 3, "-31"sv}, // %.3s
    {-31LL, 's', 0, 10, 4, "       -31"sv}, // %10.4s
    {-31LL, 's', 0, 0, 0, ""sv}, // %.0s
    {-31LL, 's', RPY_FMT_LEFT, 0, -1, "-31"sv}, // %-s
    {-31LL, 's', RPY_FMT_LEFT, 8, -1, "-31     "sv}, // %-8s
    {-31LL, 's', RPY_FMT_LEFT, 0, 3, "-31"sv}, // %-.3s
    {-31LL, 's', RPY_FMT_LEFT, 10, 4, "-31       "sv}, // %-10.4s
    {-31LL, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {-31LL, 's', RPY_FMT_PLUS, 0, -1, "-31"sv}, // %+s
    {-31LL, 's', RPY_FMT_PLUS, 8, -1, "     -31"sv}, // %+8s
    {-31LL, 's', RPY_FMT_PLUS, 0, 3, "-31"sv}, // %+.3s
    {-31LL, 's', RPY_FMT_PLUS, 10, 4, "       -31"sv}, // %+10.4s
    {-31LL, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {-31LL, 's', RPY_FMT_SPACE, 0, -1, "-31"sv}, // % s
    {-31LL, 's', RPY_FMT_SPACE, 8, -1, "     -31"sv}, // % 8s
    {-31LL, 's', RPY_FMT_SPACE, 0, 3, "-31"sv}, // % .3s
    {-31LL, 's', RPY_FMT_SPACE, 10, 4, "       -31"sv}, // % 10.4s
    {-31LL, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {-31LL, 's', RPY_FMT_ZERO, 0, -1, "-31"sv}, // %0s
    {-31LL, 's', RPY_FMT_ZERO, 8, -1, "     -31"sv}, // %08s
    {-31LL, 's', RPY_FMT_ZERO, 0, 3, "-31"sv}, // %0.3s
    {-31LL, 's', RPY_FMT_ZERO, 10, 4, "       -31"sv}, // %010.4s
    {-31LL, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {-31LL, 's', RPY_FMT_ALT, 0, -1, "-31"sv}, // %#s
    {-31LL, 's', RPY_FMT_ALT, 8, -1, "     -31"sv}, // %#8s
    {-31LL, 's', RPY_FMT_ALT, 0, 3, "-31"sv}, // %#.3s
    {-31LL, 's', RPY_FMT_ALT, 10, 4, "       -31"sv}, // %#10.4s
    {-31LL, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {-31LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-31"sv}, // %+0s
    {-31LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "     -31"sv}, // %+08s
    {-31LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-31"sv}, // %+0.3s
    {-31LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "       -31"sv}, // %+010.4s
    {-31LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {-31LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-31"sv}, // %-#s
    {-31LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-31     "sv}, // %-#8s
    {-31LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-31"sv}, // %-#.3s
    {-31LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-31       "sv}, // %-#10.4s
    {-31LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {-31LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-31"sv}, // %#0s
    {-31LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "     -31"sv}, // %#08s
    {-31LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-31"sv}, // %#0.3s
    {-31LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "       -31"sv}, // %#010.4s
    {-31LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0s
    {-31LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-31"sv}, // % 0s
    {-31LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "     -31"sv}, // % 08s
    {-31LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-31"sv}, // % 0.3s
    {-31LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "       -31"sv}, // % 010.4s
    {-31LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0s
    {-31LL, 'r', 0, 0, -1, "-31"sv}, // %r
    {-31LL, 'r', 0, 8, -1, "     -31"sv}, // %8r
    {-31LL, 'r', 0, 0, 3, "-31"sv}, // %.3r
    {-31LL, 'r', 0, 10, 4, "       -31"sv}, // %10.4r
    {-31LL, 'r', 0, 0, 0, ""sv}, // %.0r
    {-31LL, 'r', RPY_FMT_LEFT, 0, -1, "-31"sv}, // %-r
    {-31LL, 'r', RPY_FMT_LEFT, 8, -1, "-31     "sv}, // %-8r
    {-31LL, 'r', RPY_FMT_LEFT, 0, 3, "-31"sv}, // %-.3r
    {-31LL, 'r', RPY_FMT_LEFT, 10, 4, "-31       "sv}, // %-10.4r
    {-31LL, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {-31LL, 'r', RPY_FMT_PLUS, 0, -1, "-31"sv}, // %+r
    {-31LL, 'r', RPY_FMT_PLUS, 8, -1, "     -31"sv}, // %+8r
    {-31LL, 'r', RPY_FMT_PLUS, 0, 3, "-31"sv}, // %+.3r
    {-31LL, 'r', RPY_FMT_PLUS, 10, 4, "       -31"sv}, // %+10.4r
    {-31LL, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {-31LL, 'r', RPY_FMT_SPACE, 0, -1, "-31"sv}, // % r
    {-31LL, 'r', RPY_FMT_SPACE, 8, -1, "     -31"sv}, // % 8r
    {-31LL, 'r', RPY_FMT_SPACE, 0, 3, "-31"sv}, // % .3r
    {-31LL, 'r', RPY_FMT_SPACE, 10, 4, "       -31"sv}, // % 10.4r
    {-31LL, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {-31LL, 'r', RPY_FMT_ZERO, 0, -1, "-31"sv}, // %0r
    {-31LL, 'r', RPY_FMT_ZERO, 8, -1, "     -31"sv}, // %08r
    {-31LL, 'r', RPY_FMT_ZERO, 0, 3, "-31"sv}, // %0.3r
    {-31LL, 'r', RPY_FMT_ZERO, 10, 4, "       -31"sv}, // %010.4r
    {-31LL, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {-31LL, 'r', RPY_FMT_ALT, 0, -1, "-31"sv}, // %#r
    {-31LL, 'r', RPY_FMT_ALT, 8, -1, "     -31"sv}, // %#8r
    {-31LL, 'r', RPY_FMT_ALT, 0, 3, "-31"sv}, // %#.3r
    {-31LL, 'r', RPY_FMT_ALT, 10, 4, "       -31"sv}, // %#10.4r
    {-31LL, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {-31LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-31"sv}, // %+0r
    {-31LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "     -31"sv}, // %+08r
    {-31LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-31"sv}, // %+0.3r
    {-31LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "       -31"sv}, // %+010.4r
    {-31LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {-31LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-31"sv}, // %-#r
    {-31LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-31     "sv}, // %-#8r
    {-31LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-31"sv}, // %-#.3r
    {-31LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-31       "sv}, // %-#10.4r
    {-31LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {-31LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-31"sv}, // %#0r
    {-31LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "     -31"sv}, // %#08r
    {-31LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-31"sv}, // %#0.3r
    {-31LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "       -31"sv}, // %#010.4r
    {-31LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0r
    {-31LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-31"sv}, // % 0r
    {-31LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "     -31"sv}, // % 08r
    {-31LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-31"sv}, // % 0.3r
    {-31LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "       -31"sv}, // % 010.4r
    {-31LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0r
    {9223372036854775807LL, 'd', 0, 0, -1, "9223372036854775807"sv}, // %d
    {9223372036854775807LL, 'd', 0, 8, -1, "9223372036854775807"sv}, // %8d
    {9223372036854775807LL, 'd', 0, 0, 3, "9223372036854775807"sv}, // %.3d
    {9223372036854775807LL, 'd', 0, 10, 4, "9223372036854775807"sv}, // %10.4d
    {9223372036854775807LL, 'd', 0, 0, 0, "9223372036854775807"sv}, // %.0d
    {9223372036854775807LL, 'd', RPY_FMT_LEFT, 0, -1, "9223372036854775807"sv}, // %-d
    {9223372036854775807LL, 'd', RPY_FMT_LEFT, 8, -1, "9223372036854775807"sv}, // %-8d
    {9223372036854775807LL, 'd', RPY_FMT_LEFT, 0, 3, "9223372036854775807"sv}, // %-.3d
    {9223372036854775807LL, 'd', RPY_FMT_LEFT, 10, 4, "9223372036854775807"sv}, // %-10.4d
    {9223372036854775807LL, 'd', RPY_FMT_LEFT, 0, 0, "9223372036854775807"sv}, // %-.0d
    {9223372036854775807LL, 'd', RPY_FMT_PLUS, 0, -1, "+9223372036854775807"sv}, // %+d
    {9223372036854775807LL, 'd', RPY_FMT_PLUS, 8, -1, "+9223372036854775807"sv}, // %+8d
    {9223372036854775807LL, 'd', RPY_FMT_PLUS, 0, 3, "+9223372036854775807"sv}, // %+.3d
    {9223372036854775807LL, 'd', RPY_FMT_PLUS, 10, 4, "+9223372036854775807"sv}, // %+10.4d
    {9223372036854775807LL, 'd', RPY_FMT_PLUS, 0, 0, "+9223372036854775807"sv}, // %+.0d
    {9223372036854775807LL, 'd', RPY_FMT_SPACE, 0, -1, " 9223372036854775807"sv}, // % d
    {9223372036854775807LL, 'd', RPY_FMT_SPACE, 8, -1, " 9223372036854775807"sv}, // % 8d
    {9223372036854775807LL, 'd', RPY_FMT_SPACE, 0, 3, " 9223372036854775807"sv}, // % .3d
    {9223372036854775807LL, 'd', RPY_FMT_SPACE, 10, 4, " 9223372036854775807"sv}, // % 10.4d
    {9223372036854775807LL, 'd', RPY_FMT_SPACE, 0, 0, " 9223372036854775807"sv}, // % .0d
    {9223372036854775807LL, 'd', RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // %0d
    {9223372036854775807LL, 'd', RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // %08d
    {9223372036854775807LL, 'd', RPY_FMT_ZERO, 0, 3, "9223372036854775807"sv}, // %0.3d
    {9223372036854775807LL, 'd', RPY_FMT_ZERO, 10, 4, "9223372036854775807"sv}, // %010.4d
    {9223372036854775807LL, 'd', RPY_FMT_ZERO, 0, 0, "9223372036854775807"sv}, // %0.0d
    {9223372036854775807LL, 'd', RPY_FMT_ALT, 0, -1, "9223372036854775807"sv}, // %#d
    {9223372036854775807LL, 'd', RPY_FMT_ALT, 8, -1, "9223372036854775807"sv}, // %#8d
    {9223372036854775807LL, 'd', RPY_FMT_ALT, 0, 3, "9223372036854775807"sv}, // %#.3d
    {9223372036854775807LL, 'd', RPY_FMT_ALT, 10, 4, "9223372036854775807"sv}, // %#10.4d
    {9223372036854775807LL, 'd', RPY_FMT_ALT, 0, 0, "9223372036854775807"sv}, // %#.0d
    {9223372036854775807LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+9223372036854775807"sv}, // %+0d
    {9223372036854775807LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+9223372036854775807"sv}, // %+08d
    {9223372036854775807LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+9223372036854775807"sv}, // %+0.3d
    {9223372036854775807LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+9223372036854775807"sv}, // %+010.4d
    {9223372036854775807LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+9223372036854775807"sv}, // %+0.0d
    {9223372036854775807LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "9223372036854775807"sv}, // %-#d
    {9223372036854775807LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "9223372036854775807"sv}, // %-#8d
    {9223372036854775807LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "9223372036854775807"sv}, // %-#.3d
    {9223372036854775807LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "9223372036854775807"sv}, // %-#10.4d
    {9223372036854775807LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "9223372036854775807"sv}, // %-#.0d
    {9223372036854775807LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // %#0d
    {9223372036854775807LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // %#08d
    {9223372036854775807LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "9223372036854775807"sv}, // %#0.3d
    {9223372036854775807LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "9223372036854775807"sv}, // %#010.4d
    {9223372036854775807LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "9223372036854775807"sv}, // %#0.0d
    {9223372036854775807LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 9223372036854775807"sv}, // % 0d
    {9223372036854775807LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 9223372036854775807"sv}, // % 08d
    {9223372036854775807LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 9223372036854775807"sv}, // % 0.3d
    {9223372036854775807LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 9223372036854775807"sv}, // % 010.4d
    {9223372036854775807LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 9223372036854775807"sv}, // % 0.0d
    {9223372036854775807LL, 'i', 0, 0, -1, "9223372036854775807"sv}, // %i
    {9223372036854775807LL, 'i', 0, 8, -1, "9223372036854775807"sv}, // %8i
    {9223372036854775807LL, 'i', 0, 0, 3, "9223372036854775807"sv}, // %.3i
    {9223372036854775807LL, 'i', 0, 10, 4, "9223372036854775807"sv}, // %10.4i
    {9223372036854775807LL, 'i', 0, 0, 0, "9223372036854775807"sv}, // %.0i
    {9223372036854775807LL, 'i', RPY_FMT_LEFT, 0, -1, "9223372036854775807"sv}, // %-i
    {9223372036854775807LL, 'i', RPY_FMT_LEFT, 8, -1, "9223372036854775807"sv}, // %-8i
    {9223372036854775807LL, 'i', RPY_FMT_LEFT, 0, 3, "9223372036854775807"sv}, // %-.3i
    {9223372036854775807LL, 'i', RPY_FMT_LEFT, 10, 4, "9223372036854775807"sv}, // %-10.4i
    {9223372036854775807LL, 'i', RPY_FMT_LEFT, 0, 0, "9223372036854775807"sv}, // %-.0i
    {9223372036854775807LL, 'i', RPY_FMT_PLUS, 0, -1, "+9223372036854775807"sv}, // %+i
    {9223372036854775807LL, 'i', RPY_FMT_PLUS, 8, -1, "+9223372036854775807"sv}, // %+8i
    {9223372036854775807LL, 'i', RPY_FMT_PLUS, 0, 3, "+9223372036854775807"sv}, // %+.3i
    {9223372036854775807LL, 'i', RPY_FMT_PLUS, 10, 4, "+9223372036854775807"sv}, // %+10.4i
    {9223372036854775807LL, 'i', RPY_FMT_PLUS, 0, 0, "+9223372036854775807"sv}, // %+.0i
    {9223372036854775807LL, 'i', RPY_FMT_SPACE, 0, -1, " 9223372036854775807"sv}, // % i
    {9223372036854775807LL, 'i', RPY_FMT_SPACE, 8, -1, " 9223372036854775807"sv}, // % 8i
    {9223372036854775807LL, 'i', RPY_FMT_SPACE, 0, 3, " 9223372036854775807"sv}, // % .3i
    {9223372036854775807LL, 'i', RPY_FMT_SPACE, 10, 4, " 9223372036854775807"sv}, // % 10.4i
    {9223372036854775807LL, 'i', RPY_FMT_SPACE, 0, 0, " 9223372036854775807"sv}, // % .0i
    {9223372036854775807LL, 'i', RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // %0i
    {9223372036854775807LL, 'i', RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // %08i
    {9223372036854775807LL, 'i', RPY_FMT_ZERO, 0, 3, "9223372036854775807"sv}, // %0.3i
    {9223372036854775807LL, 'i', RPY_FMT_ZERO, 10, 4, "9223372036854775807"sv}, // %010.4i
    {9223372036854775807LL, 'i', RPY_FMT_ZERO, 0, 0, "9223372036854775807"sv}, // %0.0i
    {9223372036854775807LL, 'i', RPY_FMT_ALT, 0, -1, "9223372036854775807"sv}, // %#i
    {9223372036854775807LL, 'i', RPY_FMT_ALT, 8, -1, "9223372036854775807"sv}, // %#8i
    {9223372036854775807LL, 'i', RPY_FMT_ALT, 0, 3, "9223372036854775807"sv}, // %#.3i
    {9223372036854775807LL, 'i', RPY_FMT_ALT, 10, 4, "9223372036854775807"sv}, // %#10.4i
    {9223372036854775807LL, 'i', RPY_FMT_ALT, 0, 0, "9223372036854775807"sv}, // %#.0i
    {9223372036854775807LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+9223372036854775807"sv}, // %+0i
    {9223372036854775807LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+9223372036854775807"sv}, // %+08i
    {9223372036854775807LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+9223372036854775807"sv}, // %+0.3i
    {9223372036854775807LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+9223372036854775807"sv}, // %+010.4i
    {9223372036854775807LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+9223372036854775807"sv}, // %+0.0i
    {9223372036854775807LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "9223372036854775807"sv}, // %-#i
    {9223372036854775807LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "9223372036854775807"sv}, // %-#8i
    {9223372036854775807LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "9223372036854775807"sv}, // %-#.3i
    {9223372036854775807LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "9223372036854775807"sv}, // %-#10.4i
    {9223372036854775807LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "9223372036854775807"sv}, // %-#.0i
    {9223372036854775807LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // %#0i
    {9223372036854775807LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // %#08i
    {9223372036854775807LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "9223372036854775807"sv}, // %#0.3i
    {9223372036854775807LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "9223372036854775807"sv}, // %#010.4i
    {9223372036854775807LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "9223372036854775807"sv}, // %#0.0i
    {9223372036854775807LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 9223372036854775807"sv}, // % 0i
    {9223372036854775807LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 9223372036854775807"sv}, // % 08i
    {9223372036854775807LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 9223372036854775807"sv}, // % 0.3i
    {9223372036854775807LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 9223372036854775807"sv}, // % 010.4i
    {9223372036854775807LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 9223372036854775807"sv}, // % 0.0i
    {9223372036854775807LL, 'x', 0, 0, -1, "7fffffffffffffff"sv}, // %x
    {9223372036854775807LL, 'x', 0, 8, -1, "7fffffffffffffff"sv}, // %8x
    {9223372036854775807LL, 'x', 0, 0, 3, "7fffffffffffffff"sv}, // %.3x
    {9223372036854775807LL, 'x', 0, 10, 4, "7fffffffffffffff"sv}, // %10.4x
    {9223372036854775807LL, 'x', 0, 0, 0, "7fffffffffffffff"sv}, // %.0x
    {9223372036854775807LL, 'x', RPY_FMT_LEFT, 0, -1, "7fffffffffffffff"sv}, // %-x
    {9223372036854775807LL, 'x', RPY_FMT_LEFT, 8, -1, "7fffffffffffffff"sv}, // %-8x
    {9223372036854775807LL, 'x', RPY_FMT_LEFT, 0, 3, "7fffffffffffffff"sv}, // %-.3x
    {9223372036854775807LL, 'x', RPY_FMT_LEFT, 10, 4, "7fffffffffffffff"sv}, // %-10.4x
    {9223372036854775807LL, 'x', RPY_FMT_LEFT, 0, 0, "7fffffffffffffff"sv}, // %-.0x
    {9223372036854775807LL, 'x', RPY_FMT_PLUS, 0, -1, "+7fffffffffffffff"sv}, // %+x
    {9223372036854775807LL, 'x', RPY_FMT_PLUS, 8, -1, "+7fffffffffffffff"sv}, // %+8x
    {9223372036854775807LL, 'x', RPY_FMT_PLUS, 0, 3, "+7fffffffffffffff"sv}, // %+.3x
    {9223372036854775807LL, 'x', RPY_FMT_PLUS, 10, 4, "+7fffffffffffffff"sv}, // %+10.4x
    {9223372036854775807LL, 'x', RPY_FMT_PLUS, 0, 0, "+7fffffffffffffff"sv}, // %+.0x
    {9223372036854775807LL, 'x', RPY_FMT_SPACE, 0, -1, " 7fffffffffffffff"sv}, // % x
    {9223372036854775807LL, 'x', RPY_FMT_SPACE, 8, -1, " 7fffffffffffffff"sv}, // % 8x
    {9223372036854775807LL, 'x', RPY_FMT_SPACE, 0, 3, " 7fffffffffffffff"sv}, // % .3x
    {9223372036854775807LL, 'x', RPY_FMT_SPACE, 10, 4, " 7fffffffffffffff"sv}, // % 10.4x
    {9223372036854775807LL, 'x', RPY_FMT_SPACE, 0, 0, " 7fffffffffffffff"sv}, // % .0x
    {9223372036854775807LL, 'x', RPY_FMT_ZERO, 0, -1, "7fffffffffffffff"sv}, // %0x
    {9223372036854775807LL, 'x', RPY_FMT_ZERO, 8, -1, "7fffffffffffffff"sv}, // %08x
    {9223372036854775807LL, 'x', RPY_FMT_ZERO, 0, 3, "7fffffffffffffff"sv}, // %0.3x
    {9223372036854775807LL, 'x', RPY_FMT_ZERO, 10, 4, "7fffffffffffffff"sv}, // %010.4x
    {9223372036854775807LL, 'x', RPY_FMT_ZERO, 0, 0, "7fffffffffffffff"sv}, // %0.0x
    {9223372036854775807LL, 'x', RPY_FMT_ALT, 0, -1, "0x7fffffffffffffff"sv}, // %#x
    {9223372036854775807LL, 'x', RPY_FMT_ALT, 8, -1, "0x7fffffffffffffff"sv}, // %#8x
    {9223372036854775807LL, 'x', RPY_FMT_ALT, 0, 3, "0x7fffffffffffffff"sv}, // %#.3x
    {9223372036854775807LL, 'x', RPY_FMT_ALT, 10, 4, "0x7fffffffffffffff"sv}, // %#10.4x
    {9223372036854775807LL, 'x', RPY_FMT_ALT, 0, 0, "0x7fffffffffffffff"sv}, // %#.0x
    {9223372036854775807LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+7fffffffffffffff"sv}, // %+0x
    {9223372036854775807LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+7fffffffffffffff"sv}, // %+08x
    {9223372036854775807LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+7fffffffffffffff"sv}, // %+0.3x
    {9223372036854775807LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+7fffffffffffffff"sv}, // %+010.4x
    {9223372036854775807LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+7fffffffffffffff"sv}, // %+0.0x
    {9223372036854775807LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0x7fffffffffffffff"sv}, // %-#x
    {9223372036854775807LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0x7fffffffffffffff"sv}, // %-#8x
    {9223372036854775807LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0x7fffffffffffffff"sv}, // %-#.3x
    {9223372036854775807LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0x7fffffffffffffff"sv}, // %-#10.4x
    {9223372036854775807LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0x7fffffffffffffff"sv}, // %-#.0x
    {9223372036854775807LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0x7fffffffffffffff"sv}, // %#0x
    {9223372036854775807LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0x7fffffffffffffff"sv}, // %#08x
    {9223372036854775807LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0x7fffffffffffffff"sv}, // %#0.3x
    {9223372036854775807LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0x7fffffffffffffff"sv}, // %#010.4x
    {9223372036854775807LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0x7fffffffffffffff"sv}, // %#0.0x
    {9223372036854775807LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 7fffffffffffffff"sv}, // % 0x
    {9223372036854775807LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 7fffffffffffffff"sv}, // % 08x
    {9223372036854775807LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 7fffffffffffffff"sv}, // % 0.3x
    {9223372036854775807LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 7fffffffffffffff"sv}, // % 010.4x
    {9223372036854775807LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 7fffffffffffffff"sv}, // % 0.0x
    {9223372036854775807LL, 'X', 0, 0, -1, "7FFFFFFFFFFFFFFF"sv}, // %X
    {9223372036854775807LL, 'X', 0, 8, -1, "7FFFFFFFFFFFFFFF"sv}, // %8X
    {9223372036854775807LL, 'X', 0, 0, 3, "7FFFFFFFFFFFFFFF"sv}, // %.3X
    {9223372036854775807LL, 'X', 0, 10, 4, "7FFFFFFFFFFFFFFF"sv}, // %10.4X
    {9223372036854775807LL, 'X', 0, 0, 0, "7FFFFFFFFFFFFFFF"sv}, // %.0X
    {9223372036854775807LL, 'X', RPY_FMT_LEFT, 0, -1, "7FFFFFFFFFFFFFFF"sv}, // %-X
    {9223372036854775807LL, 'X', RPY_FMT_LEFT, 8, -1, "7FFFFFFFFFFFFFFF"sv}, // %-8X
    {9223372036854775807LL, 'X', RPY_FMT_LEFT, 0, 3, "7FFFFFFFFFFFFFFF"sv}, // %-.3X
    {9223372036854775807LL, 'X', RPY_FMT_LEFT, 10, 4, "7FFFFFFFFFFFFFFF"sv}, // %-10.4X
    {9223372036854775807LL, 'X', RPY_FMT_LEFT, 0, 0, "7FFFFFFFFFFFFFFF"sv}, // %-.0X
    {9223372036854775807LL, 'X', RPY_FMT_PLUS, 0, -1, "+7FFFFFFFFFFFFFFF"sv}, // %+X
    {9223372036854775807LL, 'X', RPY_FMT_PLUS, 8, -1, "+7FFFFFFFFFFFFFFF"sv}, // %+8X
    {9223372036854775807LL, 'X', RPY_FMT_PLUS, 0, 3, "+7FFFFFFFFFFFFFFF"sv}, // %+.3X
    {9223372036854775807LL, 'X', RPY_FMT_PLUS, 10, 4, "+7FFFFFFFFFFFFFFF"sv}, // %+10.4X
    {9223372036854775807LL, 'X', RPY_FMT_PLUS, 0, 0, "+7FFFFFFFFFFFFFFF"sv}, // %+.0X
    {9223372036854775807LL, 'X', RPY_FMT_SPACE, 0, -1, " 7FFFFFFFFFFFFFFF"sv}, // % X
    {9223372036854775807LL, 'X', RPY_FMT_SPACE, 8, -1, " 7FFFFFFFFFFFFFFF"sv}, // % 8X
    {9223372036854775807LL, 'X', RPY_FMT_SPACE, 0, 3, " 7FFFFFFFFFFFFFFF"sv}, // % .3X
    {9223372036854775807LL, 'X', RPY_FMT_SPACE, 10, 4, " 7FFFFFFFFFFFFFFF"sv}, // % 10.4X
    {9223372036854775807LL, 'X', RPY_FMT_SPACE, 0, 0, " 7FFFFFFFFFFFFFFF"sv}, // % .0X
    {9223372036854775807LL, 'X', RPY_FMT_ZERO, 0, -1, "7FFFFFFFFFFFFFFF"sv}, // %0X
    {9223372036854775807LL, 'X', RPY_FMT_ZERO, 8, -1, "7FFFFFFFFFFFFFFF"sv}, // %08X
    {9223372036854775807LL, 'X', RPY_FMT_ZERO, 0, 3, "7FFFFFFFFFFFFFFF"sv}, // %0.3X
    {9223372036854775807LL, 'X', RPY_FMT_ZERO, 10, 4, "7FFFFFFFFFFFFFFF"sv}, // %010.4X
    {9223372036854775807LL, 'X', RPY_FMT_ZERO, 0, 0, "7FFFFFFFFFFFFFFF"sv}, // %0.0X
    {9223372036854775807LL, 'X', RPY_FMT_ALT, 0, -1, "0X7FFFFFFFFFFFFFFF"sv}, // %#X
    {9223372036854775807LL, 'X', RPY_FMT_ALT, 8, -1, "0X7FFFFFFFFFFFFFFF"sv}, // %#8X
    {9223372036854775807LL, 'X', RPY_FMT_ALT, 0, 3, "0X7FFFFFFFFFFFFFFF"sv}, // %#.3X
    {9223372036854775807LL, 'X', RPY_FMT_ALT, 10, 4, "0X7FFFFFFFFFFFFFFF"sv}, // %#10.4X
    {9223372036854775807LL, 'X', RPY_FMT_ALT, 0, 0, "0X7FFFFFFFFFFFFFFF"sv}, // %#.0X
    {9223372036854775807LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+7FFFFFFFFFFFFFFF"sv}, // %+0X
    {9223372036854775807LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+7FFFFFFFFFFFFFFF"sv}, // %+08X
    {9223372036854775807LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+7FFFFFFFFFFFFFFF"sv}, // %+0.3X
    {9223372036854775807LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+7FFFFFFFFFFFFFFF"sv}, // %+010.4X
    {9223372036854775807LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+7FFFFFFFFFFFFFFF"sv}, // %+0.0X
    {9223372036854775807LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0X7FFFFFFFFFFFFFFF"sv}, // %-#X
    {9223372036854775807LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0X7FFFFFFFFFFFFFFF"sv}, // %-#8X
    {9223372036854775807LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0X7FFFFFFFFFFFFFFF"sv}, // %-#.3X
    {9223372036854775807LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0X7FFFFFFFFFFFFFFF"sv}, // %-#10.4X
    {9223372036854775807LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0X7FFFFFFFFFFFFFFF"sv}, // %-#.0X
    {9223372036854775807LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0X7FFFFFFFFFFFFFFF"sv}, // %#0X
    {9223372036854775807LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0X7FFFFFFFFFFFFFFF"sv}, // %#08X
    {9223372036854775807LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0X7FFFFFFFFFFFFFFF"sv}, // %#0.3X
    {9223372036854775807LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0X7FFFFFFFFFFFFFFF"sv}, // %#010.4X
    {9223372036854775807LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0X7FFFFFFFFFFFFFFF"sv}, // %#0.0X
    {9223372036854775807LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 7FFFFFFFFFFFFFFF"sv}, // % 0X
    {9223372036854775807LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 7FFFFFFFFFFFFFFF"sv}, // % 08X
    {9223372036854775807LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 7FFFFFFFFFFFFFFF"sv}, // % 0.3X
    {9223372036854775807LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 7FFFFFFFFFFFFFFF"sv}, // % 010.4X
    {9223372036854775807LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 7FFFFFFFFFFFFFFF"sv}, // % 0.0X
    {9223372036854775807LL, 'o', 0, 0, -1, "777777777777777777777"sv}, // %o
    {9223372036854775807LL, 'o', 0, 8, -1, "777777777777777777777"sv}, // %8o
    {9223372036854775807LL, 'o', 0, 0, 3, "777777777777777777777"sv}, // %.3o
    {9223372036854775807LL, 'o', 0, 10, 4, "777777777777777777777"sv}, // %10.4o
    {9223372036854775807LL, 'o', 0, 0, 0, "777777777777777777777"sv}, // %.0o
    {9223372036854775807LL, 'o', RPY_FMT_LEFT, 0, -1, "777777777777777777777"sv}, // %-o
    {9223372036854775807LL, 'o', RPY_FMT_LEFT, 8, -1, "777777777777777777777"sv}, // %-8o
    {9223372036854775807LL, 'o', RPY_FMT_LEFT, 0, 3, "777777777777777777777"sv}, // %-.3o
    {9223372036854775807LL, 'o', RPY_FMT_LEFT, 10, 4, "777777777777777777777"sv}, // %-10.4o
    {9223372036854775807LL, 'o', RPY_FMT_LEFT, 0, 0, "777777777777777777777"sv}, // %-.0o
    {9223372036854775807LL, 'o', RPY_FMT_PLUS, 0, -1, "+777777777777777777777"sv}, // %+o
    {9223372036854775807LL, 'o', RPY_FMT_PLUS, 8, -1, "+777777777777777777777"sv}, // %+8o
    {9223372036854775807LL, 'o', RPY_FMT_PLUS, 0, 3, "+777777777777777777777"sv}, // %+.3o
    {9223372036854775807LL, 'o', RPY_FMT_PLUS, 10, 4, "+777777777777777777777"sv}, // %+10.4o
    {9223372036854775807LL, 'o', RPY_FMT_PLUS, 0, 0, "+777777777777777777777"sv}, // %+.0o
    {9223372036854775807LL, 'o', RPY_FMT_SPACE, 0, -1, " 777777777777777777777"sv}, // % o
    {9223372036854775807LL, 'o', RPY_FMT_SPACE, 8, -1, " 777777777777777777777"sv}, // % 8o
    {9223372036854775807LL, 'o', RPY_FMT_SPACE, 0, 3, " 777777777777777777777"sv}, // % .3o
    {9223372036854775807LL, 'o', RPY_FMT_SPACE, 10, 4, " 777777777777777777777"sv}, // % 10.4o
    {9223372036854775807LL, 'o', RPY_FMT_SPACE, 0, 0, " 777777777777777777777"sv}, // % .0o
    {9223372036854775807LL, 'o', RPY_FMT_ZERO, 0, -1, "777777777777777777777"sv}, // %0o
    {9223372036854775807LL, 'o', RPY_FMT_ZERO, 8, -1, "777777777777777777777"sv}, // %08o
    {9223372036854775807LL, 'o', RPY_FMT_ZERO, 0, 3, "777777777777777777777"sv}, // %0.3o
    {9223372036854775807LL, 'o', RPY_FMT_ZERO, 10, 4, "777777777777777777777"sv}, // %010.4o
    {9223372036854775807LL, 'o', RPY_FMT_ZERO, 0, 0, "777777777777777777777"sv}, // %0.0o
    {9223372036854775807LL, 'o', RPY_FMT_ALT, 0, -1, "0o777777777777777777777"sv}, // %#o
    {9223372036854775807LL, 'o', RPY_FMT_ALT, 8, -1, "0o777777777777777777777"sv}, // %#8o
    {9223372036854775807LL, 'o', RPY_FMT_ALT, 0, 3, "0o777777777777777777777"sv}, // %#.3o
    {9223372036854775807LL, 'o', RPY_FMT_ALT, 10, 4, "0o777777777777777777777"sv}, // %#10.4o
    {9223372036854775807LL, 'o', RPY_FMT_ALT, 0, 0, "0o777777777777777777777"sv}, // %#.0o
    {9223372036854775807LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+777777777777777777777"sv}, // %+0o
    {9223372036854775807LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+777777777777777777777"sv}, // %+08o
    {9223372036854775807LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+777777777777777777777"sv}, // %+0.3o
    {9223372036854775807LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+777777777777777777777"sv}, // %+010.4o
    {9223372036854775807LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+777777777777777777777"sv}, // %+0.0o
    {9223372036854775807LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0o777777777777777777777"sv}, // %-#o
    {9223372036854775807LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0o777777777777777777777"sv}, // %-#8o
    {9223372036854775807LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0o777777777777777777777"sv}, // %-#.3o
    {9223372036854775807LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0o777777777777777777777"sv}, // %-#10.4o
    {9223372036854775807LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0o777777777777777777777"sv}, // %-#.0o
    {9223372036854775807LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0o777777777777777777777"sv}, // %#0o
    {9223372036854775807LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0o777777777777777777777"sv}, // %#08o
    {9223372036854775807LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0o777777777777777777777"sv}, // %#0.3o
    {9223372036854775807LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0o777777777777777777777"sv}, // %#010.4o
    {9223372036854775807LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0o777777777777777777777"sv}, // %#0.0o
    {9223372036854775807LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 777777777777777777777"sv}, // % 0o
    {9223372036854775807LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 777777777777777777777"sv}, // % 08o
    {9223372036854775807LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 777777777777777777777"sv}, // % 0.3o
    {9223372036854775807LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 777777777777777777777"sv}, // % 010.4o
    {9223372036854775807LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 777777777777777777777"sv}, // % 0.0o
    {9223372036854775807LL, 'e', 0, 0, -1, "9.223372e+18"sv}, // %e
    {9223372036854775807LL, 'e', 0, 8, -1, "9.223372e+18"sv}, // %8e
    {9223372036854775807LL, 'e', 0, 0, 3, "9.223e+18"sv}, // %.3e
    {9223372036854775807LL, 'e', 0, 10, 4, "9.2234e+18"sv}, // %10.4e
    {9223372036854775807LL, 'e', 0, 0, 0, "9e+18"sv}, // %.0e
    {9223372036854775807LL, 'e', RPY_FMT_LEFT, 0, -1, "9.223372e+18"sv}, // %-e
    {9223372036854775807LL, 'e', RPY_FMT_LEFT, 8, -1, "9.223372e+18"sv}, // %-8e
    {9223372036854775807LL, 'e', RPY_FMT_LEFT, 0, 3, "9.223e+18"sv}, // %-.3e
    {9223372036854775807LL, 'e', RPY_FMT_LEFT, 10, 4, "9.2234e+18"sv}, // %-10.4e
    {9223372036854775807LL, 'e', RPY_FMT_LEFT, 0, 0, "9e+18"sv}, // %-.0e
    {9223372036854775807LL, 'e', RPY_FMT_PLUS, 0, -1, "+9.223372e+18"sv}, // %+e
    {9223372036854775807LL, 'e', RPY_FMT_PLUS, 8, -1, "+9.223372e+18"sv}, // %+8e
    {9223372036854775807LL, 'e', RPY_FMT_PLUS, 0, 3, "+9.223e+18"sv}, // %+.3e
    {9223372036854775807LL, 'e', RPY_FMT_PLUS, 10, 4, "+9.2234e+18"sv}, // %+10.4e
    {9223372036854775807LL, 'e', RPY_FMT_PLUS, 0, 0, "+9e+18"sv}, // %+.0e
    {9223372036854775807LL, 'e', RPY_FMT_SPACE, 0, -1, " 9.223372e+18"sv}, // % e
    {9223372036854775807LL, 'e', RPY_FMT_SPACE, 8, -1, " 9.223372e+18"sv}, // % 8e
    {9223372036854775807LL, 'e', RPY_FMT_SPACE, 0, 3, " 9.223e+18"sv}, // % .3e
    {9223372036854775807LL, 'e', RPY_FMT_SPACE, 10, 4, " 9.2234e+18"sv}, // % 10.4e
    {9223372036854775807LL, 'e', RPY_FMT_SPACE, 0, 0, " 9e+18"sv}, // % .0e
    {9223372036854775807LL, 'e', RPY_FMT_ZERO, 0, -1, "9.223372e+18"sv}, // %0e
    {9223372036854775807LL, 'e', RPY_FMT_ZERO, 8, -1, "9.223372e+18"sv}, // %08e
    {9223372036854775807LL, 'e', RPY_FMT_ZERO, 0, 3, "9.223e+18"sv}, // %0.3e
    {9223372036854775807LL, 'e', RPY_FMT_ZERO, 10, 4, "9.2234e+18"sv}, // %010.4e
    {9223372036854775807LL, 'e', RPY_FMT_ZERO, 0, 0, "9e+18"sv}, // %0.0e
    {9223372036854775807LL, 'e', RPY_FMT_ALT, 0, -1, "9.223372e+18"sv}, // %#e
    {9223372036854775807LL, 'e', RPY_FMT_ALT, 8, -1, "9.223372e+18"sv}, // %#8e
    {9223372036854775807LL, 'e', RPY_FMT_ALT, 0, 3, "9.223e+18"sv}, // %#.3e
    {9223372036854775807LL, 'e', RPY_FMT_ALT, 10, 4, "9.2234e+18"sv}, // %#10.4e
    {9223372036854775807LL, 'e', RPY_FMT_ALT, 0, 0, "9.e+18"sv}, // %#.0e
    {9223372036854775807LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+9.223372e+18"sv}, // %+0e
    {9223372036854775807LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+9.223372e+18"sv}, // %+08e
    {9223372036854775807LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+9.223e+18"sv}, // %+0.3e
    {9223372036854775807LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+9.2234e+18"sv}, // %+010.4e
    {9223372036854775807LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+9e+18"sv}, // %+0.0e
    {9223372036854775807LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "9.223372e+18"sv}, // %-#e
    {9223372036854775807LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "9.223372e+18"sv}, // %-#8e
    {9223372036854775807LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "9.223e+18"sv}, // %-#.3e
    {9223372036854775807LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "9.2234e+18"sv}, // %-#10.4e
    {9223372036854775807LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "9.e+18"sv}, // %-#.0e
    {9223372036854775807LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "9.223372e+18"sv}, // %#0e
    {9223372036854775807LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "9.223372e+18"sv}, // %#08e
    {9223372036854775807LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "9.223e+18"sv}, // %#0.3e
    {9223372036854775807LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "9.2234e+18"sv}, // %#010.4e
    {9223372036854775807LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "9.e+18"sv}, // %#0.0e
    {9223372036854775807LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 9.223372e+18"sv}, // % 0e
    {9223372036854775807LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 9.223372e+18"sv}, // % 08e
    {9223372036854775807LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 9.223e+18"sv}, // % 0.3e
    {9223372036854775807LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 9.2234e+18"sv}, // % 010.4e
    {9223372036854775807LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 9e+18"sv}, // % 0.0e
    {9223372036854775807LL, 'E', 0, 0, -1, "9.223372E+18"sv}, // %E
    {9223372036854775807LL, 'E', 0, 8, -1, "9.223372E+18"sv}, // %8E
    {9223372036854775807LL, 'E', 0, 0, 3, "9.223E+18"sv}, // %.3E
    {9223372036854775807LL, 'E', 0, 10, 4, "9.2234E+18"sv}, // %10.4E
    {9223372036854775807LL, 'E', 0, 0, 0, "9E+18"sv}, // %.0E
    {9223372036854775807LL, 'E', RPY_FMT_LEFT, 0, -1, "9.223372E+18"sv}, // %-E
    {9223372036854775807LL, 'E', RPY_FMT_LEFT, 8, -1, "9.223372E+18"sv}, // %-8E
    {9223372036854775807LL, 'E', RPY_FMT_LEFT, 0, 3, "9.223E+18"sv}, // %-.3E
    {9223372036854775807LL, 'E', RPY_FMT_LEFT, 10, 4, "9.2234E+18"sv}, // %-10.4E
    {9223372036854775807LL, 'E', RPY_FMT_LEFT, 0, 0, "9E+18"sv}, // %-.0E
    {9223372036854775807LL, 'E', RPY_FMT_PLUS, 0, -1, "+9.223372E+18"sv}, // %+E
    {9223372036854775807LL, 'E', RPY_FMT_PLUS, 8, -1, "+9.223372E+18"sv}, // %+8E
    {9223372036854775807LL, 'E', RPY_FMT_PLUS, 0, 3, "+9.223E+18"sv}, // %+.3E
    {9223372036854775807LL, 'E', RPY_FMT_PLUS, 10, 4, "+9.2234E+18"sv}, // %+10.4E
    {9223372036854775807LL, 'E', RPY_FMT_PLUS, 0, 0, "+9E+18"sv}, // %+.0E
    {9223372036854775807LL, 'E', RPY_FMT_SPACE, 0, -1, " 9.223372E+18"sv}, // % E
    {9223372036854775807LL, 'E', RPY_FMT_SPACE, 8, -1, " 9.223372E+18"sv}, // % 8E
    {9223372036854775807LL, 'E', RPY_FMT_SPACE, 0, 3, " 9.223E+18"sv}, // % .3E
    {9223372036854775807LL, 'E', RPY_FMT_SPACE, 10, 4, " 9.2234E+18"sv}, // % 10.4E
    {9223372036854775807LL, 'E', RPY_FMT_SPACE, 0, 0, " 9E+18"sv}, // % .0E
    {9223372036854775807LL, 'E', RPY_FMT_ZERO, 0, -1, "9.223372E+18"sv}, // %0E
    {9223372036854775807LL, 'E', RPY_FMT_ZERO, 8, -1, "9.223372E+18"sv}, // %08E
    {9223372036854775807LL, 'E', RPY_FMT_ZERO, 0, 3, "9.223E+18"sv}, // %0.3E
    {9223372036854775807LL, 'E', RPY_FMT_ZERO, 10, 4, "9.2234E+18"sv}, // %010.4E
    {9223372036854775807LL, 'E', RPY_FMT_ZERO, 0, 0, "9E+18"sv}, // %0.0E
    {9223372036854775807LL, 'E', RPY_FMT_ALT, 0, -1, "9.223372E+18"sv}, // %#E
    {9223372036854775807LL, 'E', RPY_FMT_ALT, 8, -1, "9.223372E+18"sv}, // %#8E
    {9223372036854775807LL, 'E', RPY_FMT_ALT, 0, 3, "9.223E+18"sv}, // %#.3E
    {9223372036854775807LL, 'E', RPY_FMT_ALT, 10, 4, "9.2234E+18"sv}, // %#10.4E
    {9223372036854775807LL, 'E', RPY_FMT_ALT, 0, 0, "9.E+18"sv}, // %#.0E
    {9223372036854775807LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+9.223372E+18"sv}, // %+0E
    {9223372036854775807LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+9.223372E+18"sv}, // %+08E
    {9223372036854775807LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+9.223E+18"sv}, // %+0.3E
    {9223372036854775807LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+9.2234E+18"sv}, // %+010.4E
    {9223372036854775807LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+9E+18"sv}, // %+0.0E
    {9223372036854775807LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "9.223372E+18"sv}, // %-#E
    {9223372036854775807LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "9.223372E+18"sv}, // %-#8E
    {9223372036854775807LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "9.223E+18"sv}, // %-#.3E
    {9223372036854775807LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "9.2234E+18"sv}, // %-#10.4E
    {9223372036854775807LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "9.E+18"sv}, // %-#.0E
    {9223372036854775807LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "9.223372E+18"sv}, // %#0E
    {9223372036854775807LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "9.223372E+18"sv}, // %#08E
    {9223372036854775807LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "9.223E+18"sv}, // %#0.3E
    {9223372036854775807LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "9.2234E+18"sv}, // %#010.4E
    {9223372036854775807LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "9.E+18"sv}, // %#0.0E
    {9223372036854775807LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 9.223372E+18"sv}, // % 0E
    {9223372036854775807LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 9.223372E+18"sv}, // % 08E
    {9223372036854775807LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 9.223E+18"sv}, // % 0.3E
    {9223372036854775807LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 9.2234E+18"sv}, // % 010.4E
    {9223372036854775807LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 9E+18"sv}, // % 0.0E
    {9223372036854775807LL, 'f', 0, 0, -1, "9223372036854775808.000000"sv}, // %f
    {9223372036854775807LL, 'f', 0, 8, -1, "9223372036854775808.000000"sv}, // %8f
    {9223372036854775807LL, 'f', 0, 0, 3, "9223372036854775808.000"sv}, // %.3f
    {9223372036854775807LL, 'f', 0, 10, 4, "9223372036854775808.0000"sv}, // %10.4f
    {9223372036854775807LL, 'f', 0, 0, 0, "9223372036854775808"sv}, // %.0f
    {9223372036854775807LL, 'f', RPY_FMT_LEFT, 0, -1, "9223372036854775808.000000"sv}, // %-f
    {9223372036854775807LL, 'f', RPY_FMT_LEFT, 8, -1, "9223372036854775808.000000"sv}, // %-8f
    {9223372036854775807LL, 'f', RPY_FMT_LEFT, 0, 3, "9223372036854775808.000"sv}, // %-.3f
    {9223372036854775807LL, 'f', RPY_FMT_LEFT, 10, 4, "9223372036854775808.0000"sv}, // %-10.4f
    {9223372036854775807LL, 'f', RPY_FMT_LEFT, 0, 0, "9223372036854775808"sv}, // %-.0f
    {9223372036854775807LL, 'f', RPY_FMT_PLUS, 0, -1, "+9223372036854775808.000000"sv}, // %+f
    {9223372036854775807LL, 'f', RPY_FMT_PLUS, 8, -1, "+9223372036854775808.000000"sv}, // %+8f
    {9223372036854775807LL, 'f', RPY_FMT_PLUS, 0, 3, "+9223372036854775808.000"sv}, // %+.3f
    {9223372036854775807LL, 'f', RPY_FMT_PLUS, 10, 4, "+9223372036854775808.0000"sv}, // %+10.4f
    {9223372036854775807LL, 'f', RPY_FMT_PLUS, 0, 0, "+9223372036854775808"sv}, // %+.0f
    {9223372036854775807LL, 'f', RPY_FMT_SPACE, 0, -1, " 9223372036854775808.000000"sv}, // % f
    {9223372036854775807LL, 'f', RPY_FMT_SPACE, 8, -1, " 9223372036854775808.000000"sv}, // % 8f
    {9223372036854775807LL, 'f', RPY_FMT_SPACE, 0, 3, " 9223372036854775808.000"sv}, // % .3f
    {9223372036854775807LL, 'f', RPY_FMT_SPACE, 10, 4, " 9223372036854775808.0000"sv}, // % 10.4f
    {9223372036854775807LL, 'f', RPY_FMT_SPACE, 0, 0, " 9223372036854775808"sv}, // % .0f
    {9223372036854775807LL, 'f', RPY_FMT_ZERO, 0, -1, "9223372036854775808.000000"sv}, // %0f
    {9223372036854775807LL, 'f', RPY_FMT_ZERO, 8, -1, "9223372036854775808.000000"sv}, // %08f
    {9223372036854775807LL, 'f', RPY_FMT_ZERO, 0, 3, "9223372036854775808.000"sv}, // %0.3f
    {9223372036854775807LL, 'f', RPY_FMT_ZERO, 10, 4, "9223372036854775808.0000"sv}, // %010.4f
    {9223372036854775807LL, 'f', RPY_FMT_ZERO, 0, 0, "9223372036854775808"sv}, // %0.0f
    {9223372036854775807LL, 'f', RPY_FMT_ALT, 0, -1, "9223372036854775808.000000"sv}, // %#f
    {9223372036854775807LL, 'f', RPY_FMT_ALT, 8, -1, "9223372036854775808.000000"sv}, // %#8f
    {9223372036854775807LL, 'f', RPY_FMT_ALT, 0, 3, "9223372036854775808.000"sv}, // %#.3f
    {9223372036854775807LL, 'f', RPY_FMT_ALT, 10, 4, "9223372036854775808.0000"sv}, // %#10.4f
    {9223372036854775807LL, 'f', RPY_FMT_ALT, 0, 0, "9223372036854775808."sv}, // %#.0f
    {9223372036854775807LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+9223372036854775808.000000"sv}, // %+0f
    {9223372036854775807LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+9223372036854775808.000000"sv}, // %+08f
    {9223372036854775807LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+9223372036854775808.000"sv}, // %+0.3f
    {9223372036854775807LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+9223372036854775808.0000"sv}, // %+010.4f
    {9223372036854775807LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+9223372036854775808"sv}, // %+0.0f
    {9223372036854775807LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "9223372036854775808.000000"sv}, // %-#f
    {9223372036854775807LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "9223372036854775808.000000"sv}, // %-#8f
    {9223372036854775807LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "9223372036854775808.000"sv}, // %-#.3f
    {9223372036854775807LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "9223372036854775808.0000"sv}, // %-#10.4f
    {9223372036854775807LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "9223372036854775808."sv}, // %-#.0f
    {9223372036854775807LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "9223372036854775808.000000"sv}, // %#0f
    {9223372036854775807LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "9223372036854775808.000000"sv}, // %#08f
    {9223372036854775807LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "9223372036854775808.000"sv}, // %#0.3f
    {9223372036854775807LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "9223372036854775808.0000"sv}, // %#010.4f
    {9223372036854775807LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "9223372036854775808."sv}, // %#0.0f
    {9223372036854775807LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 9223372036854775808.000000"sv}, // % 0f
    {9223372036854775807LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 9223372036854775808.000000"sv}, // % 08f
    {9223372036854775807LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 9223372036854775808.000"sv}, // % 0.3f
    {9223372036854775807LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 9223372036854775808.0000"sv}, // % 010.4f
    {9223372036854775807LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 9223372036854775808"sv}, // % 0.0f
    {9223372036854775807LL, 'g', 0, 0, -1, "9.22337e+18"sv}, // %g
    {9223372036854775807LL, 'g', 0, 8, -1, "9.22337e+18"sv}, // %8g
    {9223372036854775807LL, 'g', 0, 0, 3, "9.22e+18"sv}, // %.3g
    {9223372036854775807LL, 'g', 0, 10, 4, " 9.223e+18"sv}, // %10.4g
    {9223372036854775807LL, 'g', 0, 0, 0, "9e+18"sv}, // %.0g
    {9223372036854775807LL, 'g', RPY_FMT_LEFT, 0, -1, "9.22337e+18"sv}, // %-g
    {9223372036854775807LL, 'g', RPY_FMT_LEFT, 8, -1, "9.22337e+18"sv}, // %-8g
    {9223372036854775807LL, 'g', RPY_FMT_LEFT, 0, 3, "9.22e+18"sv}, // %-.3g
    {9223372036854775807LL, 'g', RPY_FMT_LEFT, 10, 4, "9.223e+18 "sv}, // %-10.4g
    {9223372036854775807LL, 'g', RPY_FMT_LEFT, 0, 0, "9e+18"sv}, // %-.0g
    {9223372036854775807LL, 'g', RPY_FMT_PLUS, 0, -1, "+9.22337e+18"sv}, // %+g
    {9223372036854775807LL, 'g', RPY_FMT_PLUS, 8, -1, "+9.22337e+18"sv}, // %+8g
    {9223372036854775807LL, 'g', RPY_FMT_PLUS, 0, 3, "+9.22e+18"sv}, // %+.3g
    {9223372036854775807LL, 'g', RPY_FMT_PLUS, 10, 4, "+9.223e+18"sv}, // %+10.4g
    {9223372036854775807LL, 'g', RPY_FMT_PLUS, 0, 0, "+9e+18"sv}, // %+.0g
    {9223372036854775807LL, 'g', RPY_FMT_SPACE, 0, -1, " 9.22337e+18"sv}, // % g
    {9223372036854775807LL, 'g', RPY_FMT_SPACE, 8, -1, " 9.22337e+18"sv}, // % 8g
    {9223372036854775807LL, 'g', RPY_FMT_SPACE, 0, 3, " 9.22e+18"sv}, // % .3g
    {9223372036854775807LL, 'g', RPY_FMT_SPACE, 10, 4, " 9.223e+18"sv}, // % 10.4g
    {9223372036854775807LL, 'g', RPY_FMT_SPACE, 0, 0, " 9e+18"sv}, // % .0g
    {9223372036854775807LL, 'g', RPY_FMT_ZERO, 0, -1, "9.22337e+18"sv}, // %0g
    {9223372036854775807LL, 'g', RPY_FMT_ZERO, 8, -1, "9.22337e+18"sv}, // %08g
    {9223372036854775807LL, 'g', RPY_FMT_ZERO, 0, 3, "9.22e+18"sv}, // %0.3g
    {9223372036854775807LL, 'g', RPY_FMT_ZERO, 10, 4, "09.223e+18"sv}, // %010.4g
    {9223372036854775807LL, 'g', RPY_FMT_ZERO, 0, 0, "9e+18"sv}, // %0.0g
    {9223372036854775807LL, 'g', RPY_FMT_ALT, 0, -1, "9.22337e+18"sv}, // %#g
    {9223372036854775807LL, 'g', RPY_FMT_ALT, 8, -1, "9.22337e+18"sv}, // %#8g
    {9223372036854775807LL, 'g', RPY_FMT_ALT, 0, 3, "9.22e+18"sv}, // %#.3g
    {9223372036854775807LL, 'g', RPY_FMT_ALT, 10, 4, " 9.223e+18"sv}, // %#10.4g
    {9223372036854775807LL, 'g', RPY_FMT_ALT, 0, 0, "9.e+18"sv}, // %#.0g
    {9223372036854775807LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+9.22337e+18"sv}, // %+0g
    {9223372036854775807LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+9.22337e+18"sv}, // %+08g
    {9223372036854775807LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+9.22e+18"sv}, // %+0.3g
    {9223372036854775807LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+9.223e+18"sv}, // %+010.4g
    {9223372036854775807LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+9e+18"sv}, // %+0.0g
    {9223372036854775807LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "9.22337e+18"sv}, // %-#g
    {9223372036854775807LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "9.22337e+18"sv}, // %-#8g
    {9223372036854775807LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "9.22e+18"sv}, // %-#.3g
    {9223372036854775807LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "9.223e+18 "sv}, // %-#10.4g
    {9223372036854775807LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "9.e+18"sv}, // %-#.0g
    {9223372036854775807LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "9.22337e+18"sv}, // %#0g
    {9223372036854775807LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "9.22337e+18"sv}, // %#08g
    {9223372036854775807LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "9.22e+18"sv}, // %#0.3g
    {9223372036854775807LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "09.223e+18"sv}, // %#010.4g
    {9223372036854775807LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "9.e+18"sv}, // %#0.0g
    {9223372036854775807LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 9.22337e+18"sv}, // % 0g
    {9223372036854775807LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 9.22337e+18"sv}, // % 08g
    {9223372036854775807LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 9.22e+18"sv}, // % 0.3g
    {9223372036854775807LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 9.223e+18"sv}, // % 010.4g
    {9223372036854775807LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 9e+18"sv}, // % 0.0g
    {9223372036854775807LL, 'G', 0, 0, -1, "9.22337E+18"sv}, // %G
    {9223372036854775807LL, 'G', 0, 8, -1, "9.22337E+18"sv}, // %8G
    {9223372036854775807LL, 'G', 0, 0, 3, "9.22E+18"sv}, // %.3G
    {9223372036854775807LL, 'G', 0, 10, 4, " 9.223E+18"sv}, // %10.4G
    {9223372036854775807LL, 'G', 0, 0, 0, "9E+18"sv}, // %.0G
    {9223372036854775807LL, 'G', RPY_FMT_LEFT, 0, -1, "9.22337E+18"sv}, // %-G
    {9223372036854775807LL, 'G', RPY_FMT_LEFT, 8, -1, "9.22337E+18"sv}, // %-8G
    {9223372036854775807LL, 'G', RPY_FMT_LEFT, 0, 3, "9.22E+18"sv}, // %-.3G
    {9223372036854775807LL, 'G', RPY_FMT_LEFT, 10, 4, "9.223E+18 "sv}, // %-10.4G
    {9223372036854775807LL, 'G', RPY_FMT_LEFT, 0, 0, "9E+18"sv}, // %-.0G
    {9223372036854775807LL, 'G', RPY_FMT_PLUS, 0, -1, "+9.22337E+18"sv}, // %+G
    {9223372036854775807LL, 'G', RPY_FMT_PLUS, 8, -1, "+9.22337E+18"sv}, // %+8G
    {9223372036854775807LL, 'G', RPY_FMT_PLUS, 0, 3, "+9.22E+18"sv}, // %+.3G
    {9223372036854775807LL, 'G', RPY_FMT_PLUS, 10, 4, "+9.223E+18"sv}, // %+10.4G
    {9223372036854775807LL, 'G', RPY_FMT_PLUS, 0, 0, "+9E+18"sv}, // %+.0G
    {9223372036854775807LL, 'G', RPY_FMT_SPACE, 0, -1, " 9.22337E+18"sv}, // % G
    {9223372036854775807LL, 'G', RPY_FMT_SPACE, 8, -1, " 9.22337E+18"sv}, // % 8G
    {9223372036854775807LL, 'G', RPY_FMT_SPACE, 0, 3, " 9.22E+18"sv}, // % .3G
    {9223372036854775807LL, 'G', RPY_FMT_SPACE, 10, 4, " 9.223E+18"sv}, // % 10.4G
    {9223372036854775807LL, 'G', RPY_FMT_SPACE, 0, 0, " 9E+18"sv}, // % .0G
    {9223372036854775807LL, 'G', RPY_FMT_ZERO, 0, -1, "9.22337E+18"sv}, // %0G
    {9223372036854775807LL, 'G', RPY_FMT_ZERO, 8, -1, "9.22337E+18"sv}, // %08G
    {9223372036854775807LL, 'G', RPY_FMT_ZERO, 0, 3, "9.22E+18"sv}, // %0.3G
    {9223372036854775807LL, 'G', RPY_FMT_ZERO, 10, 4, "09.223E+18"sv}, // %010.4G
    {9223372036854775807LL, 'G', RPY_FMT_ZERO, 0, 0, "9E+18"sv}, // %0.0G
    {9223372036854775807LL, 'G', RPY_FMT_ALT, 0, -1, "9.22337E+18"sv}, // %#G
    {9223372036854775807LL, 'G', RPY_FMT_ALT, 8, -1, "9.22337E+18"sv}, // %#8G
    {9223372036854775807LL, 'G', RPY_FMT_ALT, 0, 3, "9.22E+18"sv}, // %#.3G
    {9223372036854775807LL, 'G', RPY_FMT_ALT, 10, 4, " 9.223E+18"sv}, // %#10.4G
    {9223372036854775807LL, 'G', RPY_FMT_ALT, 0, 0, "9.E+18"sv}, // %#.0G
    {9223372036854775807LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+9.22337E+18"sv}, // %+0G
    {9223372036854775807LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+9.22337E+18"sv}, // %+08G
    {9223372036854775807LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+9.22E+18"sv}, // %+0.3G
    {9223372036854775807LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+9.223E+18"sv}, // %+010.4G
    {9223372036854775807LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+9E+18"sv}, // %+0.0G
    {9223372036854775807LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "9.22337E+18"sv}, // %-#G
    {9223372036854775807LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "9.22337E+18"sv}, // %-#8G
    {9223372036854775807LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "9.22E+18"sv}, // %-#.3G
    {9223372036854775807LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "9.223E+18 "sv}, // %-#10.4G
    {9223372036854775807LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "9.E+18"sv}, // %-#.0G
    {9223372036854775807LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "9.22337E+18"sv}, // %#0G
    {9223372036854775807LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "9.22337E+18"sv}, // %#08G
    {9223372036854775807LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "9.22E+18"sv}, // %#0.3G
    {9223372036854775807LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "09.223E+18"sv}, // %#010.4G
    {9223372036854775807LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "9.E+18"sv}, // %#0.0G
    {9223372036854775807LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 9.22337E+18"sv}, // % 0G
    {9223372036854775807LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 9.22337E+18"sv}, // % 08G
    {9223372036854775807LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 9.22E+18"sv}, // % 0.3G
    {9223372036854775807LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 9.223E+18"sv}, // % 010.4G
    {9223372036854775807LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 9E+18"sv}, // % 0.0G
    {9223372036854775807LL, 's', 0, 0, -1, "9223372036854775807"sv}, // %s
    {9223372036854775807LL, 's', 0, 8, -1, "9223372036854775807"sv}, // %8s
    {9223372036854775807LL, 's', 0, 0, 3, "922"sv}, // %.3s
    {9223372036854775807LL, 's', 0, 10, 4, "      9223"sv}, // %10.4s
    {9223372036854775807LL, 's', 0, 0, 0, ""sv}, // %.0s
    {9223372036854775807LL, 's', RPY_FMT_LEFT, 0, -1, "9223372036854775807"sv}, // %-s
    {9223372036854775807LL, 's', RPY_FMT_LEFT, 8, -1, "9223372036854775807"sv}, // %-8s
    {9223372036854775807LL, 's', RPY_FMT_LEFT, 0, 3, "922"sv}, // %-.3s
    {9223372036854775807LL, 's', RPY_FMT_LEFT, 10, 4, "9223      "sv}, // %-10.4s
    {9223372036854775807LL, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {9223372036854775807LL, 's', RPY_FMT_PLUS, 0, -1, "9223372036854775807"sv}, // %+s
    {9223372036854775807LL, 's', RPY_FMT_PLUS, 8, -1, "9223372036854775807"sv}, // %+8s
    {9223372036854775807LL, 's', RPY_FMT_PLUS, 0, 3, "922"sv}, // %+.3s
    {9223372036854775807LL, 's', RPY_FMT_PLUS, 10, 4, "      9223"sv}, // %+10.4s
    {9223372036854775807LL, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {9223372036854775807LL, 's', RPY_FMT_SPACE, 0, -1, "9223372036854775807"sv}, // % s
    {9223372036854775807LL, 's', RPY_FMT_SPACE, 8, -1, "9223372036854775807"sv}, // % 8s
    {9223372036854775807LL, 's', RPY_FMT_SPACE, 0, 3, "922"sv}, // % .3s
    {9223372036854775807LL, 's', RPY_FMT_SPACE, 10, 4, "      9223"sv}, // % 10.4s
    {9223372036854775807LL, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {9223372036854775807LL, 's', RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // %0s
    {9223372036854775807LL, 's', RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // %08s
    {9223372036854775807LL, 's', RPY_FMT_ZERO, 0, 3, "922"sv}, // %0.3s
    {9223372036854775807LL, 's', RPY_FMT_ZERO, 10, 4, "      9223"sv}, // %010.4s
    {9223372036854775807LL, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {9223372036854775807LL, 's', RPY_FMT_ALT, 0, -1, "9223372036854775807"sv}, // %#s
    {9223372036854775807LL, 's', RPY_FMT_ALT, 8, -1, "9223372036854775807"sv}, // %#8s
    {9223372036854775807LL, 's', RPY_FMT_ALT, 0, 3, "922"sv}, // %#.3s
    {9223372036854775807LL, 's', RPY_FMT_ALT, 10, 4, "      9223"sv}, // %#10.4s
    {9223372036854775807LL, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {9223372036854775807LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // %+0s
    {9223372036854775807LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // %+08s
    {9223372036854775807LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "922"sv}, // %+0.3s
    {9223372036854775807LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "      9223"sv}, // %+010.4s
    {9223372036854775807LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {9223372036854775807LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "9223372036854775807"sv}, // %-#s
    {9223372036854775807LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "9223372036854775807"sv}, // %-#8s
    {9223372036854775807LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "922"sv}, // %-#.3s
    {9223372036854775807LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "9223      "sv}, // %-#10.4s
    {9223372036854775807LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {9223372036854775807LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // %#0s
    {9223372036854775807LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // %#08s
    {9223372036854775807LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "922"sv}, // %#0.3s
    {9223372036854775807LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "      9223"sv}, // %#010.4s
    {9223372036854775807LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0s
    {9223372036854775807LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // % 0s
    {9223372036854775807LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // % 08s
    {9223372036854775807LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "922"sv}, // % 0.3s
    {9223372036854775807LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "      9223"sv}, // % 010.4s
    {9223372036854775807LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0s
    {9223372036854775807LL, 'r', 0, 0, -1, "9223372036854775807"sv}, // %r
    {9223372036854775807LL, 'r', 0, 8, -1, "9223372036854775807"sv}, // %8r
    {9223372036854775807LL, 'r', 0, 0, 3, "922"sv}, // %.3r
    {9223372036854775807LL, 'r', 0, 10, 4, "      9223"sv}, // %10.4r
    {9223372036854775807LL, 'r', 0, 0, 0, ""sv}, // %.0r
    {9223372036854775807LL, 'r', RPY_FMT_LEFT, 0, -1, "9223372036854775807"sv}, // %-r
    {9223372036854775807LL, 'r', RPY_FMT_LEFT, 8, -1, "9223372036854775807"sv}, // %-8r
    {9223372036854775807LL, 'r', RPY_FMT_LEFT, 0, 3, "922"sv}, // %-.3r
    {9223372036854775807LL, 'r', RPY_FMT_LEFT, 10, 4, "9223      "sv}, // %-10.4r
    {9223372036854775807LL, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {9223372036854775807LL, 'r', RPY_FMT_PLUS, 0, -1, "9223372036854775807"sv}, // %+r
    {9223372036854775807LL, 'r', RPY_FMT_PLUS, 8, -1, "9223372036854775807"sv}, // %+8r
    {9223372036854775807LL, 'r', RPY_FMT_PLUS, 0, 3, "922"sv}, // %+.3r
    {9223372036854775807LL, 'r', RPY_FMT_PLUS, 10, 4, "      9223"sv}, // %+10.4r
    {9223372036854775807LL, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {9223372036854775807LL, 'r', RPY_FMT_SPACE, 0, -1, "9223372036854775807"sv}, // % r
    {9223372036854775807LL, 'r', RPY_FMT_SPACE, 8, -1, "9223372036854775807"sv}, // % 8r
    {9223372036854775807LL, 'r', RPY_FMT_SPACE, 0, 3, "922"sv}, // % .3r
    {9223372036854775807LL, 'r', RPY_FMT_SPACE, 10, 4, "      9223"sv}, // % 10.4r
    {9223372036854775807LL, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {9223372036854775807LL, 'r', RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // %0r
    {9223372036854775807LL, 'r', RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // %08r
    {9223372036854775807LL, 'r', RPY_FMT_ZERO, 0, 3, "922"sv}, // %0.3r
    {9223372036854775807LL, 'r', RPY_FMT_ZERO, 10, 4, "      9223"sv}, // %010.4r
    {9223372036854775807LL, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {9223372036854775807LL, 'r', RPY_FMT_ALT, 0, -1, "9223372036854775807"sv}, // %#r
    {9223372036854775807LL, 'r', RPY_FMT_ALT, 8, -1, "9223372036854775807"sv}, // %#8r
    {9223372036854775807LL, 'r', RPY_FMT_ALT, 0, 3, "922"sv}, // %#.3r
    {9223372036854775807LL, 'r', RPY_FMT_ALT, 10, 4, "      9223"sv}, // %#10.4r
    {9223372036854775807LL, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {9223372036854775807LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // %+0r
    {9223372036854775807LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // %+08r
    {9223372036854775807LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "922"sv}, // %+0.3r
    {9223372036854775807LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "      9223"sv}, // %+010.4r
    {9223372036854775807LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {9223372036854775807LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "9223372036854775807"sv}, // %-#r
    {9223372036854775807LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "9223372036854775807"sv}, // %-#8r
    {9223372036854775807LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "922"sv}, // %-#.3r
    {9223372036854775807LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "9223      "sv}, // %-#10.4r
    {9223372036854775807LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {9223372036854775807LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // %#0r
    {9223372036854775807LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // %#08r
    {9223372036854775807LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "922"sv}, // %#0.3r
    {9223372036854775807LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "      9223"sv}, // %#010.4r
    {9223372036854775807LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0r
    {9223372036854775807LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "9223372036854775807"sv}, // % 0r
    {9223372036854775807LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "9223372036854775807"sv}, // % 08r
    {9223372036854775807LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "922"sv}, // % 0.3r
    {9223372036854775807LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "      9223"sv}, // % 010.4r
    {9223372036854775807LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0r
    {INT64_MIN, 'd', 0, 0, -1, "-9223372036854775808"sv}, // %d
    {INT64_MIN, 'd', 0, 8, -1, "-9223372036854775808"sv}, // %8d
    {INT64_MIN, 'd', 0, 0, 3, "-9223372036854775808"sv}, // %.3d
    {INT64_MIN, 'd', 0, 10, 4, "-9223372036854775808"sv}, // %10.4d
    {INT64_MIN, 'd', 0, 0, 0, "-9223372036854775808"sv}, // %.0d
    {INT64_MIN, 'd', RPY_FMT_LEFT, 0, -1, "-9223372036854775808"sv}, // %-d
    {INT64_MIN, 'd', RPY_FMT_LEFT, 8, -1, "-9223372036854775808"sv}, // %-8d
    {INT64_MIN, 'd', RPY_FMT_LEFT, 0, 3, "-9223372036854775808"sv}, // %-.3d
    {INT64_MIN, 'd', RPY_FMT_LEFT, 10, 4, "-9223372036854775808"sv}, // %-10.4d
    {INT64_MIN, 'd', RPY_FMT_LEFT, 0, 0, "-9223372036854775808"sv}, // %-.0d
    {INT64_MIN, 'd', RPY_FMT_PLUS, 0, -1, "-9223372036854775808"sv}, // %+d
    {INT64_MIN, 'd', RPY_FMT_PLUS, 8, -1, "-9223372036854775808"sv}, // %+8d
    {INT64_MIN, 'd', RPY_FMT_PLUS, 0, 3, "-9223372036854775808"sv}, // %+.3d
    {INT64_MIN, 'd', RPY_FMT_PLUS, 10, 4, "-9223372036854775808"sv}, // %+10.4d
    {INT64_MIN, 'd', RPY_FMT_PLUS, 0, 0, "-9223372036854775808"sv}, // %+.0d
    {INT64_MIN, 'd', RPY_FMT_SPACE, 0, -1, "-9223372036854775808"sv}, // % d
    {INT64_MIN, 'd', RPY_FMT_SPACE, 8, -1, "-9223372036854775808"sv}, // % 8d
    {INT64_MIN, 'd', RPY_FMT_SPACE, 0, 3, "-9223372036854775808"sv}, // % .3d
    {INT64_MIN, 'd', RPY_FMT_SPACE, 10, 4, "-9223372036854775808"sv}, // % 10.4d
    {INT64_MIN, 'd', RPY_FMT_SPACE, 0, 0, "-9223372036854775808"sv}, // % .0d
    {INT64_MIN, 'd', RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %0d
    {INT64_MIN, 'd', RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %08d
    {INT64_MIN, 'd', RPY_FMT_ZERO, 0, 3, "-9223372036854775808"sv}, // %0.3d
    {INT64_MIN, 'd', RPY_FMT_ZERO, 10, 4, "-9223372036854775808"sv}, // %010.4d
    {INT64_MIN, 'd', RPY_FMT_ZERO, 0, 0, "-9223372036854775808"sv}, // %0.0d
    {INT64_MIN, 'd', RPY_FMT_ALT, 0, -1, "-9223372036854775808"sv}, // %#d
    {INT64_MIN, 'd', RPY_FMT_ALT, 8, -1, "-9223372036854775808"sv}, // %#8d
    {INT64_MIN, 'd', RPY_FMT_ALT, 0, 3, "-9223372036854775808"sv}, // %#.3d
    {INT64_MIN, 'd', RPY_FMT_ALT, 10, 4, "-9223372036854775808"sv}, // %#10.4d
    {INT64_MIN, 'd', RPY_FMT_ALT, 0, 0, "-9223372036854775808"sv}, // %#.0d
    {INT64_MIN, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %+0d
    {INT64_MIN, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %+08d
    {INT64_MIN, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-9223372036854775808"sv}, // %+0.3d
    {INT64_MIN, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-9223372036854775808"sv}, // %+010.4d
    {INT64_MIN, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-9223372036854775808"sv}, // %+0.0d
    {INT64_MIN, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-9223372036854775808"sv}, // %-#d
    {INT64_MIN, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-9223372036854775808"sv}, // %-#8d
    {INT64_MIN, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-9223372036854775808"sv}, // %-#.3d
    {INT64_MIN, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-9223372036854775808"sv}, // %-#10.4d
    {INT64_MIN, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-9223372036854775808"sv}, // %-#.0d
    {INT64_MIN, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %#0d
    {INT64_MIN, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %#08d
    {INT64_MIN, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-9223372036854775808"sv}, // %#0.3d
    {INT64_MIN, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-9223372036854775808"sv}, // %#010.4d
    {INT64_MIN, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-9223372036854775808"sv}, // %#0.0d
    {INT64_MIN, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // % 0d
    {INT64_MIN, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // % 08d
    {INT64_MIN, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-9223372036854775808"sv}, // % 0.3d
    {INT64_MIN, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-9223372036854775808"sv}, // % 010.4d
    {INT64_MIN, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-9223372036854775808"sv}, // % 0.0d
    {INT64_MIN, 'i', 0, 0, -1, "-9223372036854775808"sv}, // %i
    {INT64_MIN, 'i', 0, 8, -1, "-9223372036854775808"sv}, // %8i
    {INT64_MIN, 'i', 0, 0, 3, "-9223372036854775808"sv}, // %.3i
    {INT64_MIN, 'i', 0, 10, 4, "-9223372036854775808"sv}, // %10.4i
    {INT64_MIN, 'i', 0, 0, 0, "-9223372036854775808"sv}, // %.0i
    {INT64_MIN, 'i', RPY_FMT_LEFT, 0, -1, "-9223372036854775808"sv}, // %-i
    {INT64_MIN, 'i', RPY_FMT_LEFT, 8, -1, "-9223372036854775808"sv}, // %-8i
    {INT64_MIN, 'i', RPY_FMT_LEFT, 0, 3, "-9223372036854775808"sv}, // %-.3i
    {INT64_MIN, 'i', RPY_FMT_LEFT, 10, 4, "-9223372036854775808"sv}, // %-10.4i
    {INT64_MIN, 'i', RPY_FMT_LEFT, 0, 0, "-9223372036854775808"sv}, // %-.0i
    {INT64_MIN, 'i', RPY_FMT_PLUS, 0, -1, "-9223372036854775808"sv}, // %+i
    {INT64_MIN, 'i', RPY_FMT_PLUS, 8, -1, "-9223372036854775808"sv}, // %+8i
    {INT64_MIN, 'i', RPY_FMT_PLUS, 0, 3, "-9223372036854775808"sv}, // %+.3i
    {INT64_MIN, 'i', RPY_FMT_PLUS, 10, 4, "-9223372036854775808"sv}, // %+10.4i
    {INT64_MIN, 'i', RPY_FMT_PLUS, 0, 0, "-9223372036854775808"sv}, // %+.0i
    {INT64_MIN, 'i', RPY_FMT_SPACE, 0, -1, "-9223372036854775808"sv}, // % i
    {INT64_MIN, 'i', RPY_FMT_SPACE, 8, -1, "-9223372036854775808"sv}, // % 8i
    {INT64_MIN, 'i', RPY_FMT_SPACE, 0, 3, "-9223372036854775808"sv}, // % .3i
    {INT64_MIN, 'i', RPY_FMT_SPACE, 10, 4, "-9223372036854775808"sv}, // % 10.4i
    {INT64_MIN, 'i', RPY_FMT_SPACE, 0, 0, "-9223372036854775808"sv}, // % .0i
    {INT64_MIN, 'i', RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %0i
    {INT64_MIN, 'i', RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %08i
    {INT64_MIN, 'i', RPY_FMT_ZERO, 0, 3, "-9223372036854775808"sv}, // %0.3i
    {INT64_MIN, 'i', RPY_FMT_ZERO, 10, 4, "-9223372036854775808"sv}, // %010.4i
    {INT64_MIN, 'i', RPY_FMT_ZERO, 0, 0, "-9223372036854775808"sv}, // %0.0i
    {INT64_MIN, 'i', RPY_FMT_ALT, 0, -1, "-9223372036854775808"sv}, // %#i
    {INT64_MIN, 'i', RPY_FMT_ALT, 8, -1, "-9223372036854775808"sv}, // %#8i
    {INT64_MIN, 'i', RPY_FMT_ALT, 0, 3, "-9223372036854775808"sv}, // %#.3i
    {INT64_MIN, 'i', RPY_FMT_ALT, 10, 4, "-9223372036854775808"sv}, // %#10.4i
    {INT64_MIN, 'i', RPY_FMT_ALT, 0, 0, "-9223372036854775808"sv}, // %#.0i
    {INT64_MIN, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %+0i
    {INT64_MIN, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %+08i
    {INT64_MIN, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-9223372036854775808"sv}, // %+0.3i
    {INT64_MIN, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-9223372036854775808"sv}, // %+010.4i
    {INT64_MIN, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-9223372036854775808"sv}, // %+0.0i
    {INT64_MIN, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-9223372036854775808"sv}, // %-#i
    {INT64_MIN, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-9223372036854775808"sv}, // %-#8i
    {INT64_MIN, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-9223372036854775808"sv}, // %-#.3i
    {INT64_MIN, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-9223372036854775808"sv}, // %-#10.4i
    {INT64_MIN, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-9223372036854775808"sv}, // %-#.0i
    {INT64_MIN, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %#0i
    {INT64_MIN, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %#08i
    {INT64_MIN, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-9223372036854775808"sv}, // %#0.3i
    {INT64_MIN, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-9223372036854775808"sv}, // %#010.4i
    {INT64_MIN, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-9223372036854775808"sv}, // %#0.0i
    {INT64_MIN, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // % 0i
    {INT64_MIN, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // % 08i
    {INT64_MIN, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-9223372036854775808"sv}, // % 0.3i
    {INT64_MIN, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-9223372036854775808"sv}, // % 010.4i
    {INT64_MIN, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-9223372036854775808"sv}, // % 0.0i
    {INT64_MIN, 'x', 0, 0, -1, "-8000000000000000"sv}, // %x
    {INT64_MIN, 'x', 0, 8, -1, "-8000000000000000"sv}, // %8x
    {INT64_MIN, 'x', 0, 0, 3, "-8000000000000000"sv}, // %.3x
    {INT64_MIN, 'x', 0, 10, 4, "-8000000000000000"sv}, // %10.4x
    {INT64_MIN, 'x', 0, 0, 0, "-8000000000000000"sv}, // %.0x
    {INT64_MIN, 'x', RPY_FMT_LEFT, 0, -1, "-8000000000000000"sv}, // %-x
    {INT64_MIN, 'x', RPY_FMT_LEFT, 8, -1, "-8000000000000000"sv}, // %-8x
    {INT64_MIN, 'x', RPY_FMT_LEFT, 0, 3, "-8000000000000000"sv}, // %-.3x
    {INT64_MIN, 'x', RPY_FMT_LEFT, 10, 4, "-8000000000000000"sv}, // %-10.4x
    {INT64_MIN, 'x', RPY_FMT_LEFT, 0, 0, "-8000000000000000"sv}, // %-.0x
    {INT64_MIN, 'x', RPY_FMT_PLUS, 0, -1, "-8000000000000000"sv}, // %+x
    {INT64_MIN, 'x', RPY_FMT_PLUS, 8, -1, "-8000000000000000"sv}, // %+8x
    {INT64_MIN, 'x', RPY_FMT_PLUS, 0, 3, "-8000000000000000"sv}, // %+.3x
    {INT64_MIN, 'x', RPY_FMT_PLUS, 10, 4, "-8000000000000000"sv}, // %+10.4x
    {INT64_MIN, 'x', RPY_FMT_PLUS, 0, 0, "-8000000000000000"sv}, // %+.0x
    {INT64_MIN, 'x', RPY_FMT_SPACE, 0, -1, "-8000000000000000"sv}, // % x
    {INT64_MIN, 'x', RPY_FMT_SPACE, 8, -1, "-8000000000000000"sv}, // % 8x
    {INT64_MIN, 'x', RPY_FMT_SPACE, 0, 3, "-8000000000000000"sv}, // % .3x
    {INT64_MIN, 'x', RPY_FMT_SPACE, 10, 4, "-8000000000000000"sv}, // % 10.4x
    {INT64_MIN, 'x', RPY_FMT_SPACE, 0, 0, "-8000000000000000"sv}, // % .0x
    {INT64_MIN, 'x', RPY_FMT_ZERO, 0, -1, "-8000000000000000"sv}, // %0x
    {INT64_MIN, 'x', RPY_FMT_ZERO, 8, -1, "-8000000000000000"sv}, // %08x
    {INT64_MIN, 'x', RPY_FMT_ZERO, 0, 3, "-8000000000000000"sv}, // %0.3x
    {INT64_MIN, 'x', RPY_FMT_ZERO, 10, 4, "-8000000000000000"sv}, // %010.4x
    {INT64_MIN, 'x', RPY_FMT_ZERO, 0, 0, "-8000000000000000"sv}, // %0.0x
    {INT64_MIN, 'x', RPY_FMT_ALT, 0, -1, "-0x8000000000000000"sv}, // %#x
    {INT64_MIN, 'x', RPY_FMT_ALT, 8, -1, "-0x8000000000000000"sv}, // %#8x
    {INT64_MIN, 'x', RPY_FMT_ALT, 0, 3, "-0x8000000000000000"sv}, // %#.3x
    {INT64_MIN, 'x', RPY_FMT_ALT, 10, 4, "-0x8000000000000000"sv}, // %#10.4x
    {INT64_MIN, 'x', RPY_FMT_ALT, 0, 0, "-0x8000000000000000"sv}, // %#.0x
    {INT64_MIN, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-8000000000000000"sv}, // %+0x
    {INT64_MIN, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-8000000000000000"sv}, // %+08x
    {INT64_MIN, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-8000000000000000"sv}, // %+0.3x
    {INT64_MIN, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-8000000000000000"sv}, // %+010.4x
    {INT64_MIN, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-8000000000000000"sv}, // %+0.0x
    {INT64_MIN, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0x8000000000000000"sv}, // %-#x
    {INT64_MIN, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-0x8000000000000000"sv}, // %-#8x
    {INT64_MIN, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0x8000000000000000"sv}, // %-#.3x
    {INT64_MIN, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0x8000000000000000"sv}, // %-#10.4x
    {INT64_MIN, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0x8000000000000000"sv}, // %-#.0x
    {INT64_MIN, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-0x8000000000000000"sv}, // %#0x
    {INT64_MIN, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0x8000000000000000"sv}, // %#08x
    {INT64_MIN, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-0x8000000000000000"sv}, // %#0.3x
    {INT64_MIN, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-0x8000000000000000"sv}, // %#010.4x
    {INT64_MIN, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-0x8000000000000000"sv}, // %#0.0x
    {INT64_MIN, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-8000000000000000"sv}, // % 0x
    {INT64_MIN, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-8000000000000000"sv}, // % 08x
    {INT64_MIN, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-8000000000000000"sv}, // % 0.3x
    {INT64_MIN, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-8000000000000000"sv}, // % 010.4x
    {INT64_MIN, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-8000000000000000"sv}, // % 0.0x
    {INT64_MIN, 'X', 0, 0, -1, "-8000000000000000"sv}, // %X
    {INT64_MIN, 'X', 0, 8, -1, "-8000000000000000"sv}, // %8X
    {INT64_MIN, 'X', 0, 0, 3, "-8000000000000000"sv}, // %.3X
    {INT64_MIN, 'X', 0, 10, 4, "-8000000000000000"sv}, // %10.4X
    {INT64_MIN, 'X', 0, 0, 0, "-8000000000000000"sv}, // %.0X
    {INT64_MIN, 'X', RPY_FMT_LEFT, 0, -1, "-8000000000000000"sv}, // %-X
    {INT64_MIN, 'X', RPY_FMT_LEFT, 8, -1, "-8000000000000000"sv}, // %-8X
    {INT64_MIN, 'X', RPY_FMT_LEFT, 0, 3, "-8000000000000000"sv}, // %-.3X
    {INT64_MIN, 'X', RPY_FMT_LEFT, 10, 4, "-8000000000000000"sv}, // %-10.4X
    {INT64_MIN, 'X', RPY_FMT_LEFT, 0, 0, "-8000000000000000"sv}, // %-.0X
    {INT64_MIN, 'X', RPY_FMT_PLUS, 0, -1, "-8000000000000000"sv}, // %+X
    {INT64_MIN, 'X', RPY_FMT_PLUS, 8, -1, "-8000000000000000"sv}, // %+8X
    {INT64_MIN, 'X', RPY_FMT_PLUS, 0, 3, "-8000000000000000"sv}, // %+.3X
    {INT64_MIN, 'X', RPY_FMT_PLUS, 10, 4, "-8000000000000000"sv}, // %+10.4X
    {INT64_MIN, 'X', RPY_FMT_PLUS, 0, 0, "-8000000000000000"sv}, // %+.0X
    {INT64_MIN, 'X', RPY_FMT_SPACE, 0, -1, "-8000000000000000"sv}, // % X
    {INT64_MIN, 'X', RPY_FMT_SPACE, 8, -1, "-8000000000000000"sv}, // % 8X
    {INT64_MIN, 'X', RPY_FMT_SPACE, 0, 3, "-8000000000000000"sv}, // % .3X
    {INT64_MIN, 'X', RPY_FMT_SPACE, 10, 4, "-8000000000000000"sv}, // % 10.4X
    {INT64_MIN, 'X', RPY_FMT_SPACE, 0, 0, "-8000000000000000"sv}, // % .0X
    {INT64_MIN, 'X', RPY_FMT_ZERO, 0, -1, "-8000000000000000"sv}, // %0X
    {INT64_MIN, 'X', RPY_FMT_ZERO, 8, -1, "-8000000000000000"sv}, // %08X
    {INT64_MIN, 'X', RPY_FMT_ZERO, 0, 3, "-8000000000000000"sv}, // %0.3X
    {INT64_MIN, 'X', RPY_FMT_ZERO, 10, 4, "-8000000000000000"sv}, // %010.4X
    {INT64_MIN, 'X', RPY_FMT_ZERO, 0, 0, "-8000000000000000"sv}, // %0.0X
    {INT64_MIN, 'X', RPY_FMT_ALT, 0, -1, "-0X8000000000000000"sv}, // %#X
    {INT64_MIN, 'X', RPY_FMT_ALT, 8, -1, "-0X8000000000000000"sv}, // %#8X
    {INT64_MIN, 'X', RPY_FMT_ALT, 0, 3, "-0X8000000000000000"sv}, // %#.3X
    {INT64_MIN, 'X', RPY_FMT_ALT, 10, 4, "-0X8000000000000000"sv}, // %#10.4X
    {INT64_MIN, 'X', RPY_FMT_ALT, 0, 0, "-0X8000000000000000"sv}, // %#.0X
    {INT64_MIN, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-8000000000000000"sv}, // %+0X
    {INT64_MIN, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-8000000000000000"sv}, // %+08X
    {INT64_MIN, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-8000000000000000"sv}, // %+0.3X
    {INT64_MIN, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-8000000000000000"sv}, // %+010.4X
    {INT64_MIN, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-8000000000000000"sv}, // %+0.0X
    {INT64_MIN, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0X8000000000000000"sv}, // %-#X
    {INT64_MIN, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-0X8000000000000000"sv}, // %-#8X
    {INT64_MIN, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0X8000000000000000"sv}, // %-#.3X
    {INT64_MIN, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0X8000000000000000"sv}, // %-#10.4X
    {INT64_MIN, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0X8000000000000000"sv}, // %-#.0X
    {INT64_MIN, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-0X8000000000000000"sv}, // %#0X
    {INT64_MIN, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0X8000000000000000"sv}, // %#08X
    {INT64_MIN, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-0X8000000000000000"sv}, // %#0.3X
    {INT64_MIN, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-0X8000000000000000"sv}, // %#010.4X
    {INT64_MIN, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-0X8000000000000000"sv}, // %#0.0X
    {INT64_MIN, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-8000000000000000"sv}, // % 0X
    {INT64_MIN, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-8000000000000000"sv}, // % 08X
    {INT64_MIN, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-8000000000000000"sv}, // % 0.3X
    {INT64_MIN, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-8000000000000000"sv}, // % 010.4X
    {INT64_MIN, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-8000000000000000"sv}, // % 0.0X
    {INT64_MIN, 'o', 0, 0, -1, "-1000000000000000000000"sv}, // %o
    {INT64_MIN, 'o', 0, 8, -1, "-1000000000000000000000"sv}, // %8o
    {INT64_MIN, 'o', 0, 0, 3, "-1000000000000000000000"sv}, // %.3o
    {INT64_MIN, 'o', 0, 10, 4, "-1000000000000000000000"sv}, // %10.4o
    {INT64_MIN, 'o', 0, 0, 0, "-1000000000000000000000"sv}, // %.0o
    {INT64_MIN, 'o', RPY_FMT_LEFT, 0, -1, "-1000000000000000000000"sv}, // %-o
    {INT64_MIN, 'o', RPY_FMT_LEFT, 8, -1, "-1000000000000000000000"sv}, // %-8o
    {INT64_MIN, 'o', RPY_FMT_LEFT, 0, 3, "-1000000000000000000000"sv}, // %-.3o
    {INT64_MIN, 'o', RPY_FMT_LEFT, 10, 4, "-1000000000000000000000"sv}, // %-10.4o
    {INT64_MIN, 'o', RPY_FMT_LEFT, 0, 0, "-1000000000000000000000"sv}, // %-.0o
    {INT64_MIN, 'o', RPY_FMT_PLUS, 0, -1, "-1000000000000000000000"sv}, // %+o
    {INT64_MIN, 'o', RPY_FMT_PLUS, 8, -1, "-1000000000000000000000"sv}, // %+8o
    {INT64_MIN, 'o', RPY_FMT_PLUS, 0, 3, "-1000000000000000000000"sv}, // %+.3o
    {INT64_MIN, 'o', RPY_FMT_PLUS, 10, 4, "-1000000000000000000000"sv}, // %+10.4o
    {INT64_MIN, 'o', RPY_FMT_PLUS, 0, 0, "-1000000000000000000000"sv}, // %+.0o
    {INT64_MIN, 'o', RPY_FMT_SPACE, 0, -1, "-1000000000000000000000"sv}, // % o
    {INT64_MIN, 'o', RPY_FMT_SPACE, 8, -1, "-1000000000000000000000"sv}, // % 8o
    {INT64_MIN, 'o', RPY_FMT_SPACE, 0, 3, "-1000000000000000000000"sv}, // % .3o
    {INT64_MIN, 'o', RPY_FMT_SPACE, 10, 4, "-1000000000000000000000"sv}, // % 10.4o
    {INT64_MIN, 'o', RPY_FMT_SPACE, 0, 0, "-1000000000000000000000"sv}, // % .0o
    {INT64_MIN, 'o', RPY_FMT_ZERO, 0, -1, "-1000000000000000000000"sv}, // %0o
    {INT64_MIN, 'o', RPY_FMT_ZERO, 8, -1, "-1000000000000000000000"sv}, // %08o
    {INT64_MIN, 'o', RPY_FMT_ZERO, 0, 3, "-1000000000000000000000"sv}, // %0.3o
    {INT64_MIN, 'o', RPY_FMT_ZERO, 10, 4, "-1000000000000000000000"sv}, // %010.4o
    {INT64_MIN, 'o', RPY_FMT_ZERO, 0, 0, "-1000000000000000000000"sv}, // %0.0o
    {INT64_MIN, 'o', RPY_FMT_ALT, 0, -1, "-0o1000000000000000000000"sv}, // %#o
    {INT64_MIN, 'o', RPY_FMT_ALT, 8, -1, "-0o1000000000000000000000"sv}, // %#8o
    {INT64_MIN, 'o', RPY_FMT_ALT, 0, 3, "-0o1000000000000000000000"sv}, // %#.3o
    {INT64_MIN, 'o', RPY_FMT_ALT, 10, 4, "-0o1000000000000000000000"sv}, // %#10.4o
    {INT64_MIN, 'o', RPY_FMT_ALT, 0, 0, "-0o1000000000000000000000"sv}, // %#.0o
    {INT64_MIN, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-1000000000000000000000"sv}, // %+0o
    {INT64_MIN, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-1000000000000000000000"sv}, // %+08o
    {INT64_MIN, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-1000000000000000000000"sv}, // %+0.3o
    {INT64_MIN, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-1000000000000000000000"sv}, // %+010.4o
    {INT64_MIN, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-1000000000000000000000"sv}, // %+0.0o
    {INT64_MIN, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0o1000000000000000000000"sv}, // %-#o
    {INT64_MIN, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-0o1000000000000000000000"sv}, // %-#8o
    {INT64_MIN, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0o1000000000000000000000"sv}, // %-#.3o
    {INT64_MIN, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-0o1000000000000000000000"sv}, // %-#10.4o
    {INT64_MIN, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0o1000000000000000000000"sv}, // %-#.0o
    {INT64_MIN, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-0o1000000000000000000000"sv}, // %#0o
    {INT64_MIN, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-0o1000000000000000000000"sv}, // %#08o
    {INT64_MIN, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-0o1000000000000000000000"sv}, // %#0.3o
    {INT64_MIN, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-0o1000000000000000000000"sv}, // %#010.4o
    {INT64_MIN, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-0o1000000000000000000000"sv}, // %#0.0o
    {INT64_MIN, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-1000000000000000000000"sv}, // % 0o
    {INT64_MIN, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-1000000000000000000000"sv}, // % 08o
    {INT64_MIN, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-1000000000000000000000"sv}, // % 0.3o
    {INT64_MIN, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-1000000000000000000000"sv}, // % 010.4o
    {INT64_MIN, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-1000000000000000000000"sv}, // % 0.0o
    {INT64_MIN, 'e', 0, 0, -1, "-9.223372e+18"sv}, // %e
    {INT64_MIN, 'e', 0, 8, -1, "-9.223372e+18"sv}, // %8e
    {INT64_MIN, 'e', 0, 0, 3, "-9.223e+18"sv}, // %.3e
    {INT64_MIN, 'e', 0, 10, 4, "-9.2234e+18"sv}, // %10.4e
    {INT64_MIN, 'e', 0, 0, 0, "-9e+18"sv}, // %.0e
    {INT64_MIN, 'e', RPY_FMT_LEFT, 0, -1, "-9.223372e+18"sv}, // %-e
    {INT64_MIN, 'e', RPY_FMT_LEFT, 8, -1, "-9.223372e+18"sv}, // %-8e
    {INT64_MIN, 'e', RPY_FMT_LEFT, 0, 3, "-9.223e+18"sv}, // %-.3e
    {INT64_MIN, 'e', RPY_FMT_LEFT, 10, 4, "-9.2234e+18"sv}, // %-10.4e
    {INT64_MIN, 'e', RPY_FMT_LEFT, 0, 0, "-9e+18"sv}, // %-.0e
    {INT64_MIN, 'e', RPY_FMT_PLUS, 0, -1, "-9.223372e+18"sv}, // %+e
    {INT64_MIN, 'e', RPY_FMT_PLUS, 8, -1, "-9.223372e+18"sv}, // %+8e
    {INT64_MIN, 'e', RPY_FMT_PLUS, 0, 3, "-9.223e+18"sv}, // %+.3e
    {INT64_MIN, 'e', RPY_FMT_PLUS, 10, 4, "-9.2234e+18"sv}, // %+10.4e
    {INT64_MIN, 'e', RPY_FMT_PLUS, 0, 0, "-9e+18"sv}, // %+.0e
    {INT64_MIN, 'e', RPY_FMT_SPACE, 0, -1, "-9.223372e+18"sv}, // % e
    {INT64_MIN, 'e', RPY_FMT_SPACE, 8, -1, "-9.223372e+18"sv}, // % 8e
    {INT64_MIN, 'e', RPY_FMT_SPACE, 0, 3, "-9.223e+18"sv}, // % .3e
    {INT64_MIN, 'e', RPY_FMT_SPACE, 10, 4, "-9.2234e+18"sv}, // % 10.4e
    {INT64_MIN, 'e', RPY_FMT_SPACE, 0, 0, "-9e+18"sv}, // % .0e
    {INT64_MIN, 'e', RPY_FMT_ZERO, 0, -1, "-9.223372e+18"sv}, // %0e
    {INT64_MIN, 'e', RPY_FMT_ZERO, 8, -1, "-9.223372e+18"sv}, // %08e
    {INT64_MIN, 'e', RPY_FMT_ZERO, 0, 3, "-9.223e+18"sv}, // %0.3e
    {INT64_MIN, 'e', RPY_FMT_ZERO, 10, 4, "-9.2234e+18"sv}, // %010.4e
    {INT64_MIN, 'e', RPY_FMT_ZERO, 0, 0, "-9e+18"sv}, // %0.0e
    {INT64_MIN, 'e', RPY_FMT_ALT, 0, -1, "-9.223372e+18"sv}, // %#e
    {INT64_MIN, 'e', RPY_FMT_ALT, 8, -1, "-9.223372e+18"sv}, // %#8e
    {INT64_MIN, 'e', RPY_FMT_ALT, 0, 3, "-9.223e+18"sv}, // %#.3e
    {INT64_MIN, 'e', RPY_FMT_ALT, 10, 4, "-9.2234e+18"sv}, // %#10.4e
    {INT64_MIN, 'e', RPY_FMT_ALT, 0, 0, "-9.e+18"sv}, // %#.0e
    {INT64_MIN, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-9.223372e+18"sv}, // %+0e
    {INT64_MIN, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-9.223372e+18"sv}, // %+08e
    {INT64_MIN, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-9.223e+18"sv}, // %+0.3e
    {INT64_MIN, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-9.2234e+18"sv}, // %+010.4e
    {INT64_MIN, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-9e+18"sv}, // %+0.0e
    {INT64_MIN, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-9.223372e+18"sv}, // %-#e
    {INT64_MIN, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-9.223372e+18"sv}, // %-#8e
    {INT64_MIN, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-9.223e+18"sv}, // %-#.3e
    {INT64_MIN, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-9.2234e+18"sv}, // %-#10.4e
    {INT64_MIN, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-9.e+18"sv}, // %-#.0e
    {INT64_MIN, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-9.223372e+18"sv}, // %#0e
    {INT64_MIN, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-9.223372e+18"sv}, // %#08e
    {INT64_MIN, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-9.223e+18"sv}, // %#0.3e
    {INT64_MIN, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-9.2234e+18"sv}, // %#010.4e
    {INT64_MIN, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-9.e+18"sv}, // %#0.0e
    {INT64_MIN, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-9.223372e+18"sv}, // % 0e
    {INT64_MIN, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-9.223372e+18"sv}, // % 08e
    {INT64_MIN, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-9.223e+18"sv}, // % 0.3e
    {INT64_MIN, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-9.2234e+18"sv}, // % 010.4e
    {INT64_MIN, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-9e+18"sv}, // % 0.0e
    {INT64_MIN, 'E', 0, 0, -1, "-9.223372E+18"sv}, // %E
    {INT64_MIN, 'E', 0, 8, -1, "-9.223372E+18"sv}, // %8E
    {INT64_MIN, 'E', 0, 0, 3, "-9.223E+18"sv}, // %.3E
    {INT64_MIN, 'E', 0, 10, 4, "-9.2234E+18"sv}, // %10.4E
    {INT64_MIN, 'E', 0, 0, 0, "-9E+18"sv}, // %.0E
    {INT64_MIN, 'E', RPY_FMT_LEFT, 0, -1, "-9.223372E+18"sv}, // %-E
    {INT64_MIN, 'E', RPY_FMT_LEFT, 8, -1, "-9.223372E+18"sv}, // %-8E
    {INT64_MIN, 'E', RPY_FMT_LEFT, 0, 3, "-9.223E+18"sv}, // %-.3E
    {INT64_MIN, 'E', RPY_FMT_LEFT, 10, 4, "-9.2234E+18"sv}, // %-10.4E
    {INT64_MIN, 'E', RPY_FMT_LEFT, 0, 0, "-9E+18"sv}, // %-.0E
    {INT64_MIN, 'E', RPY_FMT_PLUS, 0, -1, "-9.223372E+18"sv}, // %+E
    {INT64_MIN, 'E', RPY_FMT_PLUS, 8, -1, "-9.223372E+18"sv}, // %+8E
    {INT64_MIN, 'E', RPY_FMT_PLUS, 0, 3, "-9.223E+18"sv}, // %+.3E
    {INT64_MIN, 'E', RPY_FMT_PLUS, 10, 4, "-9.2234E+18"sv}, // %+10.4E
    {INT64_MIN, 'E', RPY_FMT_PLUS, 0, 0, "-9E+18"sv}, // %+.0E
    {INT64_MIN, 'E', RPY_FMT_SPACE, 0, -1, "-9.223372E+18"sv}, // % E
    {INT64_MIN, 'E', RPY_FMT_SPACE, 8, -1, "-9.223372E+18"sv}, // % 8E
    {INT64_MIN, 'E', RPY_FMT_SPACE, 0, 3, "-9.223E+18"sv}, // % .3E
    {INT64_MIN, 'E', RPY_FMT_SPACE, 10, 4, "-9.2234E+18"sv}, // % 10.4E
    {INT64_MIN, 'E', RPY_FMT_SPACE, 0, 0, "-9E+18"sv}, // % .0E
    {INT64_MIN, 'E', RPY_FMT_ZERO, 0, -1, "-9.223372E+18"sv}, // %0E
    {INT64_MIN, 'E', RPY_FMT_ZERO, 8, -1, "-9.223372E+18"sv}, // %08E
    {INT64_MIN, 'E', RPY_FMT_ZERO, 0, 3, "-9.223E+18"sv}, // %0.3E
    {INT64_MIN, 'E', RPY_FMT_ZERO, 10, 4, "-9.2234E+18"sv}, // %010.4E
    {INT64_MIN, 'E', RPY_FMT_ZERO, 0, 0, "-9E+18"sv}, // %0.0E
    {INT64_MIN, 'E', RPY_FMT_ALT, 0, -1, "-9.223372E+18"sv}, // %#E
    {INT64_MIN, 'E', RPY_FMT_ALT, 8, -1, "-9.223372E+18"sv}, // %#8E
    {INT64_MIN, 'E', RPY_FMT_ALT, 0, 3, "-9.223E+18"sv}, // %#.3E
    {INT64_MIN, 'E', RPY_FMT_ALT, 10, 4, "-9.2234E+18"sv}, // %#10.4E
    {INT64_MIN, 'E', RPY_FMT_ALT, 0, 0, "-9.E+18"sv}, // %#.0E
    {INT64_MIN, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-9.223372E+18"sv}, // %+0E
    {INT64_MIN, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-9.223372E+18"sv}, // %+08E
    {INT64_MIN, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-9.223E+18"sv}, // %+0.3E
    {INT64_MIN, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-9.2234E+18"sv}, // %+010.4E
    {INT64_MIN, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-9E+18"sv}, // %+0.0E
    {INT64_MIN, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-9.223372E+18"sv}, // %-#E
    {INT64_MIN, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-9.223372E+18"sv}, // %-#8E
    {INT64_MIN, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-9.223E+18"sv}, // %-#.3E
    {INT64_MIN, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-9.2234E+18"sv}, // %-#10.4E
    {INT64_MIN, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-9.E+18"sv}, // %-#.0E
    {INT64_MIN, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-9.223372E+18"sv}, // %#0E
    {INT64_MIN, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-9.223372E+18"sv}, // %#08E
    {INT64_MIN, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-9.223E+18"sv}, // %#0.3E
    {INT64_MIN, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-9.2234E+18"sv}, // %#010.4E
    {INT64_MIN, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-9.E+18"sv}, // %#0.0E
    {INT64_MIN, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-9.223372E+18"sv}, // % 0E
    {INT64_MIN, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-9.223372E+18"sv}, // % 08E
    {INT64_MIN, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-9.223E+18"sv}, // % 0.3E
    {INT64_MIN, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-9.2234E+18"sv}, // % 010.4E
    {INT64_MIN, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-9E+18"sv}, // % 0.0E
    {INT64_MIN, 'f', 0, 0, -1, "-9223372036854775808.000000"sv}, // %f
    {INT64_MIN, 'f', 0, 8, -1, "-9223372036854775808.000000"sv}, // %8f
    {INT64_MIN, 'f', 0, 0, 3, "-9223372036854775808.000"sv}, // %.3f
    {INT64_MIN, 'f', 0, 10, 4, "-9223372036854775808.0000"sv}, // %10.4f
    {INT64_MIN, 'f', 0, 0, 0, "-9223372036854775808"sv}, // %.0f
    {INT64_MIN, 'f', RPY_FMT_LEFT, 0, -1, "-9223372036854775808.000000"sv}, // %-f
    {INT64_MIN, 'f', RPY_FMT_LEFT, 8, -1, "-9223372036854775808.000000"sv}, // %-8f
    {INT64_MIN, 'f', RPY_FMT_LEFT, 0, 3, "-9223372036854775808.000"sv}, // %-.3f
    {INT64_MIN, 'f', RPY_FMT_LEFT, 10, 4, "-9223372036854775808.0000"sv}, // %-10.4f
    {INT64_MIN, 'f', RPY_FMT_LEFT, 0, 0, "-9223372036854775808"sv}, // %-.0f
    {INT64_MIN, 'f', RPY_FMT_PLUS, 0, -1, "-9223372036854775808.000000"sv}, // %+f
    {INT64_MIN, 'f', RPY_FMT_PLUS, 8, -1, "-9223372036854775808.000000"sv}, // %+8f
    {INT64_MIN, 'f', RPY_FMT_PLUS, 0, 3, "-9223372036854775808.000"sv}, // %+.3f
    {INT64_MIN, 'f', RPY_FMT_PLUS, 10, 4, "-9223372036854775808.0000"sv}, // %+10.4f
    {INT64_MIN, 'f', RPY_FMT_PLUS, 0, 0, "-9223372036854775808"sv}, // %+.0f
    {INT64_MIN, 'f', RPY_FMT_SPACE, 0, -1, "-9223372036854775808.000000"sv}, // % f
    {INT64_MIN, 'f', RPY_FMT_SPACE, 8, -1, "-9223372036854775808.000000"sv}, // % 8f
    {INT64_MIN, 'f', RPY_FMT_SPACE, 0, 3, "-9223372036854775808.000"sv}, // % .3f
    {INT64_MIN, 'f', RPY_FMT_SPACE, 10, 4, "-9223372036854775808.0000"sv}, // % 10.4f
    {INT64_MIN, 'f', RPY_FMT_SPACE, 0, 0, "-9223372036854775808"sv}, // % .0f
    {INT64_MIN, 'f', RPY_FMT_ZERO, 0, -1, "-9223372036854775808.000000"sv}, // %0f
    {INT64_MIN, 'f', RPY_FMT_ZERO, 8, -1, "-9223372036854775808.000000"sv}, // %08f
    {INT64_MIN, 'f', RPY_FMT_ZERO, 0, 3, "-9223372036854775808.000"sv}, // %0.3f
    {INT64_MIN, 'f', RPY_FMT_ZERO, 10, 4, "-9223372036854775808.0000"sv}, // %010.4f
    {INT64_MIN, 'f', RPY_FMT_ZERO, 0, 0, "-9223372036854775808"sv}, // %0.0f
    {INT64_MIN, 'f', RPY_FMT_ALT, 0, -1, "-9223372036854775808.000000"sv}, // %#f
    {INT64_MIN, 'f', RPY_FMT_ALT, 8, -1, "-9223372036854775808.000000"sv}, // %#8f
    {INT64_MIN, 'f', RPY_FMT_ALT, 0, 3, "-9223372036854775808.000"sv}, // %#.3f
    {INT64_MIN, 'f', RPY_FMT_ALT, 10, 4, "-9223372036854775808.0000"sv}, // %#10.4f
    {INT64_MIN, 'f', RPY_FMT_ALT, 0, 0, "-9223372036854775808."sv}, // %#.0f
    {INT64_MIN, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-9223372036854775808.000000"sv}, // %+0f
    {INT64_MIN, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-9223372036854775808.000000"sv}, // %+08f
    {INT64_MIN, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-9223372036854775808.000"sv}, // %+0.3f
    {INT64_MIN, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-9223372036854775808.0000"sv}, // %+010.4f
    {INT64_MIN, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-9223372036854775808"sv}, // %+0.0f
    {INT64_MIN, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-9223372036854775808.000000"sv}, // %-#f
    {INT64_MIN, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-9223372036854775808.000000"sv}, // %-#8f
    {INT64_MIN, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-9223372036854775808.000"sv}, // %-#.3f
    {INT64_MIN, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-9223372036854775808.0000"sv}, // %-#10.4f
    {INT64_MIN, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-9223372036854775808."sv}, // %-#.0f
    {INT64_MIN, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-9223372036854775808.000000"sv}, // %#0f
    {INT64_MIN, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-9223372036854775808.000000"sv}, // %#08f
    {INT64_MIN, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-9223372036854775808.000"sv}, // %#0.3f
    {INT64_MIN, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-9223372036854775808.0000"sv}, // %#010.4f
    {INT64_MIN, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-9223372036854775808."sv}, // %#0.0f
    {INT64_MIN, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-9223372036854775808.000000"sv}, // % 0f
    {INT64_MIN, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-9223372036854775808.000000"sv}, // % 08f
    {INT64_MIN, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-9223372036854775808.000"sv}, // % 0.3f
    {INT64_MIN, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-9223372036854775808.0000"sv}, // % 010.4f
    {INT64_MIN, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-9223372036854775808"sv}, // % 0.0f
    {INT64_MIN, 'g', 0, 0, -1, "-9.22337e+18"sv}, // %g
    {INT64_MIN, 'g', 0, 8, -1, "-9.22337e+18"sv}, // %8g
    {INT64_MIN, 'g', 0, 0, 3, "-9.22e+18"sv}, // %.3g
    {INT64_MIN, 'g', 0, 10, 4, "-9.223e+18"sv}, // %10.4g
    {INT64_MIN, 'g', 0, 0, 0, "-9e+18"sv}, // %.0g
    {INT64_MIN, 'g', RPY_FMT_LEFT, 0, -1, "-9.22337e+18"sv}, // %-g
    {INT64_MIN, 'g', RPY_FMT_LEFT, 8, -1, "-9.22337e+18"sv}, // %-8g
    {INT64_MIN, 'g', RPY_FMT_LEFT, 0, 3, "-9.22e+18"sv}, // %-.3g
    {INT64_MIN, 'g', RPY_FMT_LEFT, 10, 4, "-9.223e+18"sv}, // %-10.4g
    {INT64_MIN, 'g', RPY_FMT_LEFT, 0, 0, "-9e+18"sv}, // %-.0g
    {INT64_MIN, 'g', RPY_FMT_PLUS, 0, -1, "-9.22337e+18"sv}, // %+g
    {INT64_MIN, 'g', RPY_FMT_PLUS, 8, -1, "-9.22337e+18"sv}, // %+8g
    {INT64_MIN, 'g', RPY_FMT_PLUS, 0, 3, "-9.22e+18"sv}, // %+.3g
    {INT64_MIN, 'g', RPY_FMT_PLUS, 10, 4, "-9.223e+18"sv}, // %+10.4g
    {INT64_MIN, 'g', RPY_FMT_PLUS, 0, 0, "-9e+18"sv}, // %+.0g
    {INT64_MIN, 'g', RPY_FMT_SPACE, 0, -1, "-9.22337e+18"sv}, // % g
    {INT64_MIN, 'g', RPY_FMT_SPACE, 8, -1, "-9.22337e+18"sv}, // % 8g
    {INT64_MIN, 'g', RPY_FMT_SPACE, 0, 3, "-9.22e+18"sv}, // % .3g
    {INT64_MIN, 'g', RPY_FMT_SPACE, 10, 4, "-9.223e+18"sv}, // % 10.4g
    {INT64_MIN, 'g', RPY_FMT_SPACE, 0, 0, "-9e+18"sv}, // % .0g
    {INT64_MIN, 'g', RPY_FMT_ZERO, 0, -1, "-9.22337e+18"sv}, // %0g
    {INT64_MIN, 'g', RPY_FMT_ZERO, 8, -1, "-9.22337e+18"sv}, // %08g
    {INT64_MIN, 'g', RPY_FMT_ZERO, 0, 3, "-9.22e+18"sv}, // %0.3g
    {INT64_MIN, 'g', RPY_FMT_ZERO, 10, 4, "-9.223e+18"sv}, // %010.4g
    {INT64_MIN, 'g', RPY_FMT_ZERO, 0, 0, "-9e+18"sv}, // %0.0g
    {INT64_MIN, 'g', RPY_FMT_ALT, 0, -1, "-9.22337e+18"sv}, // %#g
    {INT64_MIN, 'g', RPY_FMT_ALT, 8, -1, "-9.22337e+18"sv}, // %#8g
    {INT64_MIN, 'g', RPY_FMT_ALT, 0, 3, "-9.22e+18"sv}, // %#.3g
    {INT64_MIN, 'g', RPY_FMT_ALT, 10, 4, "-9.223e+18"sv}, // %#10.4g
    {INT64_MIN, 'g', RPY_FMT_ALT, 0, 0, "-9.e+18"sv}, // %#.0g
    {INT64_MIN, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-9.22337e+18"sv}, // %+0g
    {INT64_MIN, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-9.22337e+18"sv}, // %+08g
    {INT64_MIN, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-9.22e+18"sv}, // %+0.3g
    {INT64_MIN, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-9.223e+18"sv}, // %+010.4g
    {INT64_MIN, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-9e+18"sv}, // %+0.0g
    {INT64_MIN, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-9.22337e+18"sv}, // %-#g
    {INT64_MIN, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-9.22337e+18"sv}, // %-#8g
    {INT64_MIN, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-9.22e+18"sv}, // %-#.3g
    {INT64_MIN, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-9.223e+18"sv}, // %-#10.4g
    {INT64_MIN, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-9.e+18"sv}, // %-#.0g
    {INT64_MIN, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-9.22337e+18"sv}, // %#0g
    {INT64_MIN, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-9.22337e+18"sv}, // %#08g
    {INT64_MIN, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-9.22e+18"sv}, // %#0.3g
    {INT64_MIN, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-9.223e+18"sv}, // %#010.4g
    {INT64_MIN, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-9.e+18"sv}, // %#0.0g
    {INT64_MIN, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-9.22337e+18"sv}, // % 0g
    {INT64_MIN, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-9.22337e+18"sv}, // % 08g
    {INT64_MIN, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-9.22e+18"sv}, // % 0.3g
    {INT64_MIN, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-9.223e+18"sv}, // % 010.4g
    {INT64_MIN, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-9e+18"sv}, // % 0.0g
    {INT64_MIN, 'G', 0, 0, -1, "-9.22337E+18"sv}, // %G
    {INT64_MIN, 'G', 0, 8, -1, "-9.22337E+18"sv}, // %8G
    {INT64_MIN, 'G', 0, 0, 3, "-9.22E+18"sv}, // %.3G
    {INT64_MIN, 'G', 0, 10, 4, "-9.223E+18"sv}, // %10.4G
    {INT64_MIN, 'G', 0, 0, 0, "-9E+18"sv}, // %.0G
    {INT64_MIN, 'G', RPY_FMT_LEFT, 0, -1, "-9.22337E+18"sv}, // %-G
    {INT64_MIN, 'G', RPY_FMT_LEFT, 8, -1, "-9.22337E+18"sv}, // %-8G
    {INT64_MIN, 'G', RPY_FMT_LEFT, 0, 3, "-9.22E+18"sv}, // %-.3G
    {INT64_MIN, 'G', RPY_FMT_LEFT, 10, 4, "-9.223E+18"sv}, // %-10.4G
    {INT64_MIN, 'G', RPY_FMT_LEFT, 0, 0, "-9E+18"sv}, // %-.0G
    {INT64_MIN, 'G', RPY_FMT_PLUS, 0, -1, "-9.22337E+18"sv}, // %+G
    {INT64_MIN, 'G', RPY_FMT_PLUS, 8, -1, "-9.22337E+18"sv}, // %+8G
    {INT64_MIN, 'G', RPY_FMT_PLUS, 0, 3, "-9.22E+18"sv}, // %+.3G
    {INT64_MIN, 'G', RPY_FMT_PLUS, 10, 4, "-9.223E+18"sv}, // %+10.4G
    {INT64_MIN, 'G', RPY_FMT_PLUS, 0, 0, "-9E+18"sv}, // %+.0G
    {INT64_MIN, 'G', RPY_FMT_SPACE, 0, -1, "-9.22337E+18"sv}, // % G
    {INT64_MIN, 'G', RPY_FMT_SPACE, 8, -1, "-9.22337E+18"sv}, // % 8G
    {INT64_MIN, 'G', RPY_FMT_SPACE, 0, 3, "-9.22E+18"sv}, // % .3G
    {INT64_MIN, 'G', RPY_FMT_SPACE, 10, 4, "-9.223E+18"sv}, // % 10.4G
    {INT64_MIN, 'G', RPY_FMT_SPACE, 0, 0, "-9E+18"sv}, // % .0G
    {INT64_MIN, 'G', RPY_FMT_ZERO, 0, -1, "-9.22337E+18"sv}, // %0G
    {INT64_MIN, 'G', RPY_FMT_ZERO, 8, -1, "-9.22337E+18"sv}, // %08G
    {INT64_MIN, 'G', RPY_FMT_ZERO, 0, 3, "-9.22E+18"sv}, // %0.3G
    {INT64_MIN, 'G', RPY_FMT_ZERO, 10, 4, "-9.223E+18"sv}, // %010.4G
    {INT64_MIN, 'G', RPY_FMT_ZERO, 0, 0, "-9E+18"sv}, // %0.0G
    {INT64_MIN, 'G', RPY_FMT_ALT, 0, -1, "-9.22337E+18"sv}, // %#G
    {INT64_MIN, 'G', RPY_FMT_ALT, 8, -1, "-9.22337E+18"sv}, // %#8G
    {INT64_MIN, 'G', RPY_FMT_ALT, 0, 3, "-9.22E+18"sv}, // %#.3G
    {INT64_MIN, 'G', RPY_FMT_ALT, 10, 4, "-9.223E+18"sv}, // %#10.4G
    {INT64_MIN, 'G', RPY_FMT_ALT, 0, 0, "-9.E+18"sv}, // %#.0G
    {INT64_MIN, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-9.22337E+18"sv}, // %+0G
    {INT64_MIN, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-9.22337E+18"sv}, // %+08G
    {INT64_MIN, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-9.22E+18"sv}, // %+0.3G
    {INT64_MIN, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "-9.223E+18"sv}, // %+010.4G
    {INT64_MIN, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-9E+18"sv}, // %+0.0G
    {INT64_MIN, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-9.22337E+18"sv}, // %-#G
    {INT64_MIN, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-9.22337E+18"sv}, // %-#8G
    {INT64_MIN, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-9.22E+18"sv}, // %-#.3G
    {INT64_MIN, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-9.223E+18"sv}, // %-#10.4G
    {INT64_MIN, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-9.E+18"sv}, // %-#.0G
    {INT64_MIN, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-9.22337E+18"sv}, // %#0G
    {INT64_MIN, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-9.22337E+18"sv}, // %#08G
    {INT64_MIN, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-9.22E+18"sv}, // %#0.3G
    {INT64_MIN, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "-9.223E+18"sv}, // %#010.4G
    {INT64_MIN, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "-9.E+18"sv}, // %#0.0G
    {INT64_MIN, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-9.22337E+18"sv}, // % 0G
    {INT64_MIN, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-9.22337E+18"sv}, // % 08G
    {INT64_MIN, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-9.22E+18"sv}, // % 0.3G
    {INT64_MIN, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "-9.223E+18"sv}, // % 010.4G
    {INT64_MIN, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "-9E+18"sv}, // % 0.0G
    {INT64_MIN, 's', 0, 0, -1, "-9223372036854775808"sv}, // %s
    {INT64_MIN, 's', 0, 8, -1, "-9223372036854775808"sv}, // %8s
    {INT64_MIN, 's', 0, 0, 3, "-92"sv}, // %.3s
    {INT64_MIN, 's', 0, 10, 4, "      -922"sv}, // %10.4s
    {INT64_MIN, 's', 0, 0, 0, ""sv}, // %.0s
    {INT64_MIN, 's', RPY_FMT_LEFT, 0, -1, "-9223372036854775808"sv}, // %-s
    {INT64_MIN, 's', RPY_FMT_LEFT, 8, -1, "-9223372036854775808"sv}, // %-8s
    {INT64_MIN, 's', RPY_FMT_LEFT, 0, 3, "-92"sv}, // %-.3s
    {INT64_MIN, 's', RPY_FMT_LEFT, 10, 4, "-922      "sv}, // %-10.4s
    {INT64_MIN, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {INT64_MIN, 's', RPY_FMT_PLUS, 0, -1, "-9223372036854775808"sv}, // %+s
    {INT64_MIN, 's', RPY_FMT_PLUS, 8, -1, "-9223372036854775808"sv}, // %+8s
    {INT64_MIN, 's', RPY_FMT_PLUS, 0, 3, "-92"sv}, // %+.3s
    {INT64_MIN, 's', RPY_FMT_PLUS, 10, 4, "      -922"sv}, // %+10.4s
    {INT64_MIN, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {INT64_MIN, 's', RPY_FMT_SPACE, 0, -1, "-9223372036854775808"sv}, // % s
    {INT64_MIN, 's', RPY_FMT_SPACE, 8, -1, "-9223372036854775808"sv}, // % 8s
    {INT64_MIN, 's', RPY_FMT_SPACE, 0, 3, "-92"sv}, // % .3s
    {INT64_MIN, 's', RPY_FMT_SPACE, 10, 4, "      -922"sv}, // % 10.4s
    {INT64_MIN, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {INT64_MIN, 's', RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %0s
    {INT64_MIN, 's', RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %08s
    {INT64_MIN, 's', RPY_FMT_ZERO, 0, 3, "-92"sv}, // %0.3s
    {INT64_MIN, 's', RPY_FMT_ZERO, 10, 4, "      -922"sv}, // %010.4s
    {INT64_MIN, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {INT64_MIN, 's', RPY_FMT_ALT, 0, -1, "-9223372036854775808"sv}, // %#s
    {INT64_MIN, 's', RPY_FMT_ALT, 8, -1, "-9223372036854775808"sv}, // %#8s
    {INT64_MIN, 's', RPY_FMT_ALT, 0, 3, "-92"sv}, // %#.3s
    {INT64_MIN, 's', RPY_FMT_ALT, 10, 4, "      -922"sv}, // %#10.4s
    {INT64_MIN, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {INT64_MIN, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %+0s
    {INT64_MIN, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %+08s
    {INT64_MIN, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-92"sv}, // %+0.3s
    {INT64_MIN, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "      -922"sv}, // %+010.4s
    {INT64_MIN, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {INT64_MIN, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-9223372036854775808"sv}, // %-#s
    {INT64_MIN, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-9223372036854775808"sv}, // %-#8s
    {INT64_MIN, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-92"sv}, // %-#.3s
    {INT64_MIN, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-922      "sv}, // %-#10.4s
    {INT64_MIN, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {INT64_MIN, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %#0s
    {INT64_MIN, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %#08s
    {INT64_MIN, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-92"sv}, // %#0.3s
    {INT64_MIN, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "      -922"sv}, // %#010.4s
    {INT64_MIN, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0s
    {INT64_MIN, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // % 0s
    {INT64_MIN, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // % 08s
    {INT64_MIN, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-92"sv}, // % 0.3s
    {INT64_MIN, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "      -922"sv}, // % 010.4s
    {INT64_MIN, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0s
    {INT64_MIN, 'r', 0, 0, -1, "-9223372036854775808"sv}, // %r
    {INT64_MIN, 'r', 0, 8, -1, "-9223372036854775808"sv}, // %8r
    {INT64_MIN, 'r', 0, 0, 3, "-92"sv}, // %.3r
    {INT64_MIN, 'r', 0, 10, 4, "      -922"sv}, // %10.4r
    {INT64_MIN, 'r', 0, 0, 0, ""sv}, // %.0r
    {INT64_MIN, 'r', RPY_FMT_LEFT, 0, -1, "-9223372036854775808"sv}, // %-r
    {INT64_MIN, 'r', RPY_FMT_LEFT, 8, -1, "-9223372036854775808"sv}, // %-8r
    {INT64_MIN, 'r', RPY_FMT_LEFT, 0, 3, "-92"sv}, // %-.3r
    {INT64_MIN, 'r', RPY_FMT_LEFT, 10, 4, "-922      "sv}, // %-10.4r
    {INT64_MIN, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {INT64_MIN, 'r', RPY_FMT_PLUS, 0, -1, "-9223372036854775808"sv}, // %+r
    {INT64_MIN, 'r', RPY_FMT_PLUS, 8, -1, "-9223372036854775808"sv}, // %+8r
    {INT64_MIN, 'r', RPY_FMT_PLUS, 0, 3, "-92"sv}, // %+.3r
    {INT64_MIN, 'r', RPY_FMT_PLUS, 10, 4, "      -922"sv}, // %+10.4r
    {INT64_MIN, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {INT64_MIN, 'r', RPY_FMT_SPACE, 0, -1, "-9223372036854775808"sv}, // % r
    {INT64_MIN, 'r', RPY_FMT_SPACE, 8, -1, "-9223372036854775808"sv}, // % 8r
    {INT64_MIN, 'r', RPY_FMT_SPACE, 0, 3, "-92"sv}, // % .3r
    {INT64_MIN, 'r', RPY_FMT_SPACE, 10, 4, "      -922"sv}, // % 10.4r
    {INT64_MIN, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {INT64_MIN, 'r', RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %0r
    {INT64_MIN, 'r', RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %08r
    {INT64_MIN, 'r', RPY_FMT_ZERO, 0, 3, "-92"sv}, // %0.3r
    {INT64_MIN, 'r', RPY_FMT_ZERO, 10, 4, "      -922"sv}, // %010.4r
    {INT64_MIN, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {INT64_MIN, 'r', RPY_FMT_ALT, 0, -1, "-9223372036854775808"sv}, // %#r
    {INT64_MIN, 'r', RPY_FMT_ALT, 8, -1, "-9223372036854775808"sv}, // %#8r
    {INT64_MIN, 'r', RPY_FMT_ALT, 0, 3, "-92"sv}, // %#.3r
    {INT64_MIN, 'r', RPY_FMT_ALT, 10, 4, "      -922"sv}, // %#10.4r
    {INT64_MIN, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {INT64_MIN, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %+0r
    {INT64_MIN, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %+08r
    {INT64_MIN, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-92"sv}, // %+0.3r
    {INT64_MIN, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "      -922"sv}, // %+010.4r
    {INT64_MIN, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {INT64_MIN, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-9223372036854775808"sv}, // %-#r
    {INT64_MIN, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "-9223372036854775808"sv}, // %-#8r
    {INT64_MIN, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-92"sv}, // %-#.3r
    {INT64_MIN, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "-922      "sv}, // %-#10.4r
    {INT64_MIN, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {INT64_MIN, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // %#0r
    {INT64_MIN, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // %#08r
    {INT64_MIN, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "-92"sv}, // %#0.3r
    {INT64_MIN, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "      -922"sv}, // %#010.4r
    {INT64_MIN, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0r
    {INT64_MIN, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "-9223372036854775808"sv}, // % 0r
    {INT64_MIN, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "-9223372036854775808"sv}, // % 08r
    {INT64_MIN, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "-92"sv}, // % 0.3r
    {INT64_MIN, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "      -922"sv}, // % 010.4r
    {INT64_MIN, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0r
    {65LL, 'd', 0, 0, -1, "65"sv}, // %d
    {65LL, 'd', 0, 8, -1, "      65"sv}, // %8d
    {65LL, 'd', 0, 0, 3, "065"sv}, // %.3d
    {65LL, 'd', 0, 10, 4, "      0065"sv}, // %10.4d
    {65LL, 'd', 0, 0, 0, "65"sv}, // %.0d
    {65LL, 'd', RPY_FMT_LEFT, 0, -1, "65"sv}, // %-d
    {65LL, 'd', RPY_FMT_LEFT, 8, -1, "65      "sv}, // %-8d
    {65LL, 'd', RPY_FMT_LEFT, 0, 3, "065"sv}, // %-.3d
    {65LL, 'd', RPY_FMT_LEFT, 10, 4, "0065      "sv}, // %-10.4d
    {65LL, 'd', RPY_FMT_LEFT, 0, 0, "65"sv}, // %-.0d
    {65LL, 'd', RPY_FMT_PLUS, 0, -1, "+65"sv}, // %+d
    {65LL, 'd', RPY_FMT_PLUS, 8, -1, "     +65"sv}, // %+8d
    {65LL, 'd', RPY_FMT_PLUS, 0, 3, "+065"sv}, // %+.3d
    {65LL, 'd', RPY_FMT_PLUS, 10, 4, "     +0065"sv}, // %+10.4d
    {65LL, 'd', RPY_FMT_PLUS, 0, 0, "+65"sv}, // %+.0d
    {65LL, 'd', RPY_FMT_SPACE, 0, -1, " 65"sv}, // % d
    {65LL, 'd', RPY_FMT_SPACE, 8, -1, "      65"sv}, // % 8d
    {65LL, 'd', RPY_FMT_SPACE, 0, 3, " 065"sv}, // % .3d
    {65LL, 'd', RPY_FMT_SPACE, 10, 4, "      0065"sv}, // % 10.4d
    {65LL, 'd', RPY_FMT_SPACE, 0, 0, " 65"sv}, // % .0d
    {65LL, 'd', RPY_FMT_ZERO, 0, -1, "65"sv}, // %0d
    {65LL, 'd', RPY_FMT_ZERO, 8, -1, "00000065"sv}, // %08d
    {65LL, 'd', RPY_FMT_ZERO, 0, 3, "065"sv}, // %0.3d
    {65LL, 'd', RPY_FMT_ZERO, 10, 4, "0000000065"sv}, // %010.4d
    {65LL, 'd', RPY_FMT_ZERO, 0, 0, "65"sv}, // %0.0d
    {65LL, 'd', RPY_FMT_ALT, 0, -1, "65"sv}, // %#d
    {65LL, 'd', RPY_FMT_ALT, 8, -1, "      65"sv}, // %#8d
    {65LL, 'd', RPY_FMT_ALT, 0, 3, "065"sv}, // %#.3d
    {65LL, 'd', RPY_FMT_ALT, 10, 4, "      0065"sv}, // %#10.4d
    {65LL, 'd', RPY_FMT_ALT, 0, 0, "65"sv}, // %#.0d
    {65LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+65"sv}, // %+0d
    {65LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000065"sv}, // %+08d
    {65LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+065"sv}, // %+0.3d
    {65LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000065"sv}, // %+010.4d
    {65LL, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+65"sv}, // %+0.0d
    {65LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "65"sv}, // %-#d
    {65LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "65      "sv}, // %-#8d
    {65LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "065"sv}, // %-#.3d
    {65LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0065      "sv}, // %-#10.4d
    {65LL, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "65"sv}, // %-#.0d
    {65LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "65"sv}, // %#0d
    {65LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00000065"sv}, // %#08d
    {65LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "065"sv}, // %#0.3d
    {65LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000000065"sv}, // %#010.4d
    {65LL, 'd', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "65"sv}, // %#0.0d
    {65LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 65"sv}, // % 0d
    {65LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000065"sv}, // % 08d
    {65LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 065"sv}, // % 0.3d
    {65LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000065"sv}, // % 010.4d
    {65LL, 'd', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 65"sv}, // % 0.0d
    {65LL, 'i', 0, 0, -1, "65"sv}, // %i
    {65LL, 'i', 0, 8, -1, "      65"sv}, // %8i
    {65LL, 'i', 0, 0, 3, "065"sv}, // %.3i
    {65LL, 'i', 0, 10, 4, "      0065"sv}, // %10.4i
    {65LL, 'i', 0, 0, 0, "65"sv}, // %.0i
    {65LL, 'i', RPY_FMT_LEFT, 0, -1, "65"sv}, // %-i
    {65LL, 'i', RPY_FMT_LEFT, 8, -1, "65      "sv}, // %-8i
    {65LL, 'i', RPY_FMT_LEFT, 0, 3, "065"sv}, // %-.3i
    {65LL, 'i', RPY_FMT_LEFT, 10, 4, "0065      "sv}, // %-10.4i
    {65LL, 'i', RPY_FMT_LEFT, 0, 0, "65"sv}, // %-.0i
    {65LL, 'i', RPY_FMT_PLUS, 0, -1, "+65"sv}, // %+i
    {65LL, 'i', RPY_FMT_PLUS, 8, -1, "     +65"sv}, // %+8i
    {65LL, 'i', RPY_FMT_PLUS, 0, 3, "+065"sv}, // %+.3i
    {65LL, 'i', RPY_FMT_PLUS, 10, 4, "     +0065"sv}, // %+10.4i
    {65LL, 'i', RPY_FMT_PLUS, 0, 0, "+65"sv}, // %+.0i
    {65LL, 'i', RPY_FMT_SPACE, 0, -1, " 65"sv}, // % i
    {65LL, 'i', RPY_FMT_SPACE, 8, -1, "      65"sv}, // % 8i
    {65LL, 'i', RPY_FMT_SPACE, 0, 3, " 065"sv}, // % .3i
    {65LL, 'i', RPY_FMT_SPACE, 10, 4, "      0065"sv}, // % 10.4i
    {65LL, 'i', RPY_FMT_SPACE, 0, 0, " 65"sv}, // % .0i
    {65LL, 'i', RPY_FMT_ZERO, 0, -1, "65"sv}, // %0i
    {65LL, 'i', RPY_FMT_ZERO, 8, -1, "00000065"sv}, // %08i
    {65LL, 'i', RPY_FMT_ZERO, 0, 3, "065"sv}, // %0.3i
    {65LL, 'i', RPY_FMT_ZERO, 10, 4, "0000000065"sv}, // %010.4i
    {65LL, 'i', RPY_FMT_ZERO, 0, 0, "65"sv}, // %0.0i
    {65LL, 'i', RPY_FMT_ALT, 0, -1, "65"sv}, // %#i
    {65LL, 'i', RPY_FMT_ALT, 8, -1, "      65"sv}, // %#8i
    {65LL, 'i', RPY_FMT_ALT, 0, 3, "065"sv}, // %#.3i
    {65LL, 'i', RPY_FMT_ALT, 10, 4, "      0065"sv}, // %#10.4i
    {65LL, 'i', RPY_FMT_ALT, 0, 0, "65"sv}, // %#.0i
    {65LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+65"sv}, // %+0i
    {65LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000065"sv}, // %+08i
    {65LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+065"sv}, // %+0.3i
    {65LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000065"sv}, // %+010.4i
    {65LL, 'i', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+65"sv}, // %+0.0i
    {65LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "65"sv}, // %-#i
    {65LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "65      "sv}, // %-#8i
    {65LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "065"sv}, // %-#.3i
    {65LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0065      "sv}, // %-#10.4i
    {65LL, 'i', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "65"sv}, // %-#.0i
    {65LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "65"sv}, // %#0i
    {65LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "00000065"sv}, // %#08i
    {65LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "065"sv}, // %#0.3i
    {65LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000000065"sv}, // %#010.4i
    {65LL, 'i', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "65"sv}, // %#0.0i
    {65LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 65"sv}, // % 0i
    {65LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000065"sv}, // % 08i
    {65LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 065"sv}, // % 0.3i
    {65LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000065"sv}, // % 010.4i
    {65LL, 'i', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 65"sv}, // % 0.0i
    {65LL, 'x', 0, 0, -1, "41"sv}, // %x
    {65LL, 'x', 0, 8, -1, "      41"sv}, // %8x
    {65LL, 'x', 0, 0, 3, "041"sv}, // %.3x
    {65LL, 'x', 0, 10, 4, "      0041"sv}, // %10.4x
    {65LL, 'x', 0, 0, 0, "41"sv}, // %.0x
    {65LL, 'x', RPY_FMT_LEFT, 0, -1, "41"sv}, // %-x
    {65LL, 'x', RPY_FMT_LEFT, 8, -1, "41      "sv}, // %-8x
    {65LL, 'x', RPY_FMT_LEFT, 0, 3, "041"sv}, // %-.3x
    {65LL, 'x', RPY_FMT_LEFT, 10, 4, "0041      "sv}, // %-10.4x
    {65LL, 'x', RPY_FMT_LEFT, 0, 0, "41"sv}, // %-.0x
    {65LL, 'x', RPY_FMT_PLUS, 0, -1, "+41"sv}, // %+x
    {65LL, 'x', RPY_FMT_PLUS, 8, -1, "     +41"sv}, // %+8x
    {65LL, 'x', RPY_FMT_PLUS, 0, 3, "+041"sv}, // %+.3x
    {65LL, 'x', RPY_FMT_PLUS, 10, 4, "     +0041"sv}, // %+10.4x
    {65LL, 'x', RPY_FMT_PLUS, 0, 0, "+41"sv}, // %+.0x
    {65LL, 'x', RPY_FMT_SPACE, 0, -1, " 41"sv}, // % x
    {65LL, 'x', RPY_FMT_SPACE, 8, -1, "      41"sv}, // % 8x
    {65LL, 'x', RPY_FMT_SPACE, 0, 3, " 041"sv}, // % .3x
    {65LL, 'x', RPY_FMT_SPACE, 10, 4, "      0041"sv}, // % 10.4x
    {65LL, 'x', RPY_FMT_SPACE, 0, 0, " 41"sv}, // % .0x
    {65LL, 'x', RPY_FMT_ZERO, 0, -1, "41"sv}, // %0x
    {65LL, 'x', RPY_FMT_ZERO, 8, -1, "00000041"sv}, // %08x
    {65LL, 'x', RPY_FMT_ZERO, 0, 3, "041"sv}, // %0.3x
    {65LL, 'x', RPY_FMT_ZERO, 10, 4, "0000000041"sv}, // %010.4x
    {65LL, 'x', RPY_FMT_ZERO, 0, 0, "41"sv}, // %0.0x
    {65LL, 'x', RPY_FMT_ALT, 0, -1, "0x41"sv}, // %#x
    {65LL, 'x', RPY_FMT_ALT, 8, -1, "    0x41"sv}, // %#8x
    {65LL, 'x', RPY_FMT_ALT, 0, 3, "0x041"sv}, // %#.3x
    {65LL, 'x', RPY_FMT_ALT, 10, 4, "    0x0041"sv}, // %#10.4x
    {65LL, 'x', RPY_FMT_ALT, 0, 0, "0x41"sv}, // %#.0x
    {65LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+41"sv}, // %+0x
    {65LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000041"sv}, // %+08x
    {65LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+041"sv}, // %+0.3x
    {65LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000041"sv}, // %+010.4x
    {65LL, 'x', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+41"sv}, // %+0.0x
    {65LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0x41"sv}, // %-#x
    {65LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0x41    "sv}, // %-#8x
    {65LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0x041"sv}, // %-#.3x
    {65LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0x0041    "sv}, // %-#10.4x
    {65LL, 'x', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0x41"sv}, // %-#.0x
    {65LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0x41"sv}, // %#0x
    {65LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0x000041"sv}, // %#08x
    {65LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0x041"sv}, // %#0.3x
    {65LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0x00000041"sv}, // %#010.4x
    {65LL, 'x', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0x41"sv}, // %#0.0x
    {65LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 41"sv}, // % 0x
    {65LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000041"sv}, // % 08x
    {65LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 041"sv}, // % 0.3x
    {65LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000041"sv}, // % 010.4x
    {65LL, 'x', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 41"sv}, // % 0.0x
    {65LL, 'X', 0, 0, -1, "41"sv}, // %X
    {65LL, 'X', 0, 8, -1, "      41"sv}, // %8X
    {65LL, 'X', 0, 0, 3, "041"sv}, // %.3X
    {65LL, 'X', 0, 10, 4, "      0041"sv}, // %10.4X
    {65LL, 'X', 0, 0, 0, "41"sv}, // %.0X
    {65LL, 'X', RPY_FMT_LEFT, 0, -1, "41"sv}, // %-X
    {65LL, 'X', RPY_FMT_LEFT, 8, -1, "41      "sv}, // %-8X
    {65LL, 'X', RPY_FMT_LEFT, 0, 3, "041"sv}, // %-.3X
    {65LL, 'X', RPY_FMT_LEFT, 10, 4, "0041      "sv}, // %-10.4X
    {65LL, 'X', RPY_FMT_LEFT, 0, 0, "41"sv}, // %-.0X
    {65LL, 'X', RPY_FMT_PLUS, 0, -1, "+41"sv}, // %+X
    {65LL, 'X', RPY_FMT_PLUS, 8, -1, "     +41"sv}, // %+8X
    {65LL, 'X', RPY_FMT_PLUS, 0, 3, "+041"sv}, // %+.3X
    {65LL, 'X', RPY_FMT_PLUS, 10, 4, "     +0041"sv}, // %+10.4X
    {65LL, 'X', RPY_FMT_PLUS, 0, 0, "+41"sv}, // %+.0X
    {65LL, 'X', RPY_FMT_SPACE, 0, -1, " 41"sv}, // % X
    {65LL, 'X', RPY_FMT_SPACE, 8, -1, "      41"sv}, // % 8X
    {65LL, 'X', RPY_FMT_SPACE, 0, 3, " 041"sv}, // % .3X
    {65LL, 'X', RPY_FMT_SPACE, 10, 4, "      0041"sv}, // % 10.4X
    {65LL, 'X', RPY_FMT_SPACE, 0, 0, " 41"sv}, // % .0X
    {65LL, 'X', RPY_FMT_ZERO, 0, -1, "41"sv}, // %0X
    {65LL, 'X', RPY_FMT_ZERO, 8, -1, "00000041"sv}, // %08X
    {65LL, 'X', RPY_FMT_ZERO, 0, 3, "041"sv}, // %0.3X
    {65LL, 'X', RPY_FMT_ZERO, 10, 4, "0000000041"sv}, // %010.4X
    {65LL, 'X', RPY_FMT_ZERO, 0, 0, "41"sv}, // %0.0X
    {65LL, 'X', RPY_FMT_ALT, 0, -1, "0X41"sv}, // %#X
    {65LL, 'X', RPY_FMT_ALT, 8, -1, "    0X41"sv}, // %#8X
    {65LL, 'X', RPY_FMT_ALT, 0, 3, "0X041"sv}, // %#.3X
    {65LL, 'X', RPY_FMT_ALT, 10, 4, "    0X0041"sv}, // %#10.4X
    {65LL, 'X', RPY_FMT_ALT, 0, 0, "0X41"sv}, // %#.0X
    {65LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+41"sv}, // %+0X
    {65LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000041"sv}, // %+08X
    {65LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+041"sv}, // %+0.3X
    {65LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000041"sv}, // %+010.4X
    {65LL, 'X', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+41"sv}, // %+0.0X
    {65LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0X41"sv}, // %-#X
    {65LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0X41    "sv}, // %-#8X
    {65LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0X041"sv}, // %-#.3X
    {65LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0X0041    "sv}, // %-#10.4X
    {65LL, 'X', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0X41"sv}, // %-#.0X
    {65LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0X41"sv}, // %#0X
    {65LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0X000041"sv}, // %#08X
    {65LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0X041"sv}, // %#0.3X
    {65LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0X00000041"sv}, // %#010.4X
    {65LL, 'X', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0X41"sv}, // %#0.0X
    {65LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 41"sv}, // % 0X
    {65LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000041"sv}, // % 08X
    {65LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 041"sv}, // % 0.3X
    {65LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000041"sv}, // % 010.4X
    {65LL, 'X', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 41"sv}, // % 0.0X
    {65LL, 'o', 0, 0, -1, "101"sv}, // %o
    {65LL, 'o', 0, 8, -1, "     101"sv}, // %8o
    {65LL, 'o', 0, 0, 3, "101"sv}, // %.3o
    {65LL, 'o', 0, 10, 4, "      0101"sv}, // %10.4o
    {65LL, 'o', 0, 0, 0, "101"sv}, // %.0o
    {65LL, 'o', RPY_FMT_LEFT, 0, -1, "101"sv}, // %-o
    {65LL, 'o', RPY_FMT_LEFT, 8, -1, "101     "sv}, // %-8o
    {65LL, 'o', RPY_FMT_LEFT, 0, 3, "101"sv}, // %-.3o
    {65LL, 'o', RPY_FMT_LEFT, 10, 4, "0101      "sv}, // %-10.4o
    {65LL, 'o', RPY_FMT_LEFT, 0, 0, "101"sv}, // %-.0o
    {65LL, 'o', RPY_FMT_PLUS, 0, -1, "+101"sv}, // %+o
    {65LL, 'o', RPY_FMT_PLUS, 8, -1, "    +101"sv}, // %+8o
    {65LL, 'o', RPY_FMT_PLUS, 0, 3, "+101"sv}, // %+.3o
    {65LL, 'o', RPY_FMT_PLUS, 10, 4, "     +0101"sv}, // %+10.4o
    {65LL, 'o', RPY_FMT_PLUS, 0, 0, "+101"sv}, // %+.0o
    {65LL, 'o', RPY_FMT_SPACE, 0, -1, " 101"sv}, // % o
    {65LL, 'o', RPY_FMT_SPACE, 8, -1, "     101"sv}, // % 8o
    {65LL, 'o', RPY_FMT_SPACE, 0, 3, " 101"sv}, // % .3o
    {65LL, 'o', RPY_FMT_SPACE, 10, 4, "      0101"sv}, // % 10.4o
    {65LL, 'o', RPY_FMT_SPACE, 0, 0, " 101"sv}, // % .0o
    {65LL, 'o', RPY_FMT_ZERO, 0, -1, "101"sv}, // %0o
    {65LL, 'o', RPY_FMT_ZERO, 8, -1, "00000101"sv}, // %08o
    {65LL, 'o', RPY_FMT_ZERO, 0, 3, "101"sv}, // %0.3o
    {65LL, 'o', RPY_FMT_ZERO, 10, 4, "0000000101"sv}, // %010.4o
    {65LL, 'o', RPY_FMT_ZERO, 0, 0, "101"sv}, // %0.0o
    {65LL, 'o', RPY_FMT_ALT, 0, -1, "0o101"sv}, // %#o
    {65LL, 'o', RPY_FMT_ALT, 8, -1, "   0o101"sv}, // %#8o
    {65LL, 'o', RPY_FMT_ALT, 0, 3, "0o101"sv}, // %#.3o
    {65LL, 'o', RPY_FMT_ALT, 10, 4, "    0o0101"sv}, // %#10.4o
    {65LL, 'o', RPY_FMT_ALT, 0, 0, "0o101"sv}, // %#.0o
    {65LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+101"sv}, // %+0o
    {65LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000101"sv}, // %+08o
    {65LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+101"sv}, // %+0.3o
    {65LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000101"sv}, // %+010.4o
    {65LL, 'o', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+101"sv}, // %+0.0o
    {65LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0o101"sv}, // %-#o
    {65LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "0o101   "sv}, // %-#8o
    {65LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0o101"sv}, // %-#.3o
    {65LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "0o0101    "sv}, // %-#10.4o
    {65LL, 'o', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0o101"sv}, // %-#.0o
    {65LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "0o101"sv}, // %#0o
    {65LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "0o000101"sv}, // %#08o
    {65LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "0o101"sv}, // %#0.3o
    {65LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0o00000101"sv}, // %#010.4o
    {65LL, 'o', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "0o101"sv}, // %#0.0o
    {65LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 101"sv}, // % 0o
    {65LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000101"sv}, // % 08o
    {65LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 101"sv}, // % 0.3o
    {65LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000101"sv}, // % 010.4o
    {65LL, 'o', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 101"sv}, // % 0.0o
    {65LL, 'e', 0, 0, -1, "6.500000e+01"sv}, // %e
    {65LL, 'e', 0, 8, -1, "6.500000e+01"sv}, // %8e
    {65LL, 'e', 0, 0, 3, "6.500e+01"sv}, // %.3e
    {65LL, 'e', 0, 10, 4, "6.5000e+01"sv}, // %10.4e
    {65LL, 'e', 0, 0, 0, "6e+01"sv}, // %.0e
    {65LL, 'e', RPY_FMT_LEFT, 0, -1, "6.500000e+01"sv}, // %-e
    {65LL, 'e', RPY_FMT_LEFT, 8, -1, "6.500000e+01"sv}, // %-8e
    {65LL, 'e', RPY_FMT_LEFT, 0, 3, "6.500e+01"sv}, // %-.3e
    {65LL, 'e', RPY_FMT_LEFT, 10, 4, "6.5000e+01"sv}, // %-10.4e
    {65LL, 'e', RPY_FMT_LEFT, 0, 0, "6e+01"sv}, // %-.0e
    {65LL, 'e', RPY_FMT_PLUS, 0, -1, "+6.500000e+01"sv}, // %+e
    {65LL, 'e', RPY_FMT_PLUS, 8, -1, "+6.500000e+01"sv}, // %+8e
    {65LL, 'e', RPY_FMT_PLUS, 0, 3, "+6.500e+01"sv}, // %+.3e
    {65LL, 'e', RPY_FMT_PLUS, 10, 4, "+6.5000e+01"sv}, // %+10.4e
    {65LL, 'e', RPY_FMT_PLUS, 0, 0, "+6e+01"sv}, // %+.0e
    {65LL, 'e', RPY_FMT_SPACE, 0, -1, " 6.500000e+01"sv}, // % e
    {65LL, 'e', RPY_FMT_SPACE, 8, -1, " 6.500000e+01"sv}, // % 8e
    {65LL, 'e', RPY_FMT_SPACE, 0, 3, " 6.500e+01"sv}, // % .3e
    {65LL, 'e', RPY_FMT_SPACE, 10, 4, " 6.5000e+01"sv}, // % 10.4e
    {65LL, 'e', RPY_FMT_SPACE, 0, 0, " 6e+01"sv}, // % .0e
    {65LL, 'e', RPY_FMT_ZERO, 0, -1, "6.500000e+01"sv}, // %0e
    {65LL, 'e', RPY_FMT_ZERO, 8, -1, "6.500000e+01"sv}, // %08e
    {65LL, 'e', RPY_FMT_ZERO, 0, 3, "6.500e+01"sv}, // %0.3e
    {65LL, 'e', RPY_FMT_ZERO, 10, 4, "6.5000e+01"sv}, // %010.4e
    {65LL, 'e', RPY_FMT_ZERO, 0, 0, "6e+01"sv}, // %0.0e
    {65LL, 'e', RPY_FMT_ALT, 0, -1, "6.500000e+01"sv}, // %#e
    {65LL, 'e', RPY_FMT_ALT, 8, -1, "6.500000e+01"sv}, // %#8e
    {65LL, 'e', RPY_FMT_ALT, 0, 3, "6.500e+01"sv}, // %#.3e
    {65LL, 'e', RPY_FMT_ALT, 10, 4, "6.5000e+01"sv}, // %#10.4e
    {65LL, 'e', RPY_FMT_ALT, 0, 0, "6.e+01"sv}, // %#.0e
    {65LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+6.500000e+01"sv}, // %+0e
    {65LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+6.500000e+01"sv}, // %+08e
    {65LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+6.500e+01"sv}, // %+0.3e
    {65LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+6.5000e+01"sv}, // %+010.4e
    {65LL, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+6e+01"sv}, // %+0.0e
    {65LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "6.500000e+01"sv}, // %-#e
    {65LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "6.500000e+01"sv}, // %-#8e
    {65LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "6.500e+01"sv}, // %-#.3e
    {65LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "6.5000e+01"sv}, // %-#10.4e
    {65LL, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "6.e+01"sv}, // %-#.0e
    {65LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "6.500000e+01"sv}, // %#0e
    {65LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "6.500000e+01"sv}, // %#08e
    {65LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "6.500e+01"sv}, // %#0.3e
    {65LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "6.5000e+01"sv}, // %#010.4e
    {65LL, 'e', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "6.e+01"sv}, // %#0.0e
    {65LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 6.500000e+01"sv}, // % 0e
    {65LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 6.500000e+01"sv}, // % 08e
    {65LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 6.500e+01"sv}, // % 0.3e
    {65LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 6.5000e+01"sv}, // % 010.4e
    {65LL, 'e', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 6e+01"sv}, // % 0.0e
    {65LL, 'E', 0, 0, -1, "6.500000E+01"sv}, // %E
    {65LL, 'E', 0, 8, -1, "6.500000E+01"sv}, // %8E
    {65LL, 'E', 0, 0, 3, "6.500E+01"sv}, // %.3E
    {65LL, 'E', 0, 10, 4, "6.5000E+01"sv}, // %10.4E
    {65LL, 'E', 0, 0, 0, "6E+01"sv}, // %.0E
    {65LL, 'E', RPY_FMT_LEFT, 0, -1, "6.500000E+01"sv}, // %-E
    {65LL, 'E', RPY_FMT_LEFT, 8, -1, "6.500000E+01"sv}, // %-8E
    {65LL, 'E', RPY_FMT_LEFT, 0, 3, "6.500E+01"sv}, // %-.3E
    {65LL, 'E', RPY_FMT_LEFT, 10, 4, "6.5000E+01"sv}, // %-10.4E
    {65LL, 'E', RPY_FMT_LEFT, 0, 0, "6E+01"sv}, // %-.0E
    {65LL, 'E', RPY_FMT_PLUS, 0, -1, "+6.500000E+01"sv}, // %+E
    {65LL, 'E', RPY_FMT_PLUS, 8, -1, "+6.500000E+01"sv}, // %+8E
    {65LL, 'E', RPY_FMT_PLUS, 0, 3, "+6.500E+01"sv}, // %+.3E
    {65LL, 'E', RPY_FMT_PLUS, 10, 4, "+6.5000E+01"sv}, // %+10.4E
    {65LL, 'E', RPY_FMT_PLUS, 0, 0, "+6E+01"sv}, // %+.0E
    {65LL, 'E', RPY_FMT_SPACE, 0, -1, " 6.500000E+01"sv}, // % E
    {65LL, 'E', RPY_FMT_SPACE, 8, -1, " 6.500000E+01"sv}, // % 8E
    {65LL, 'E', RPY_FMT_SPACE, 0, 3, " 6.500E+01"sv}, // % .3E
    {65LL, 'E', RPY_FMT_SPACE, 10, 4, " 6.5000E+01"sv}, // % 10.4E
    {65LL, 'E', RPY_FMT_SPACE, 0, 0, " 6E+01"sv}, // % .0E
    {65LL, 'E', RPY_FMT_ZERO, 0, -1, "6.500000E+01"sv}, // %0E
    {65LL, 'E', RPY_FMT_ZERO, 8, -1, "6.500000E+01"sv}, // %08E
    {65LL, 'E', RPY_FMT_ZERO, 0, 3, "6.500E+01"sv}, // %0.3E
    {65LL, 'E', RPY_FMT_ZERO, 10, 4, "6.5000E+01"sv}, // %010.4E
    {65LL, 'E', RPY_FMT_ZERO, 0, 0, "6E+01"sv}, // %0.0E
    {65LL, 'E', RPY_FMT_ALT, 0, -1, "6.500000E+01"sv}, // %#E
    {65LL, 'E', RPY_FMT_ALT, 8, -1, "6.500000E+01"sv}, // %#8E
    {65LL, 'E', RPY_FMT_ALT, 0, 3, "6.500E+01"sv}, // %#.3E
    {65LL, 'E', RPY_FMT_ALT, 10, 4, "6.5000E+01"sv}, // %#10.4E
    {65LL, 'E', RPY_FMT_ALT, 0, 0, "6.E+01"sv}, // %#.0E
    {65LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+6.500000E+01"sv}, // %+0E
    {65LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+6.500000E+01"sv}, // %+08E
    {65LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+6.500E+01"sv}, // %+0.3E
    {65LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+6.5000E+01"sv}, // %+010.4E
    {65LL, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+6E+01"sv}, // %+0.0E
    {65LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "6.500000E+01"sv}, // %-#E
    {65LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "6.500000E+01"sv}, // %-#8E
    {65LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "6.500E+01"sv}, // %-#.3E
    {65LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "6.5000E+01"sv}, // %-#10.4E
    {65LL, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "6.E+01"sv}, // %-#.0E
    {65LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "6.500000E+01"sv}, // %#0E
    {65LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "6.500000E+01"sv}, // %#08E
    {65LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "6.500E+01"sv}, // %#0.3E
    {65LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "6.5000E+01"sv}, // %#010.4E
    {65LL, 'E', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "6.E+01"sv}, // %#0.0E
    {65LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 6.500000E+01"sv}, // % 0E
    {65LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 6.500000E+01"sv}, // % 08E
    {65LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 6.500E+01"sv}, // % 0.3E
    {65LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 6.5000E+01"sv}, // % 010.4E
    {65LL, 'E', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 6E+01"sv}, // % 0.0E
    {65LL, 'f', 0, 0, -1, "65.000000"sv}, // %f
    {65LL, 'f', 0, 8, -1, "65.000000"sv}, // %8f
    {65LL, 'f', 0, 0, 3, "65.000"sv}, // %.3f
    {65LL, 'f', 0, 10, 4, "   65.0000"sv}, // %10.4f
    {65LL, 'f', 0, 0, 0, "65"sv}, // %.0f
    {65LL, 'f', RPY_FMT_LEFT, 0, -1, "65.000000"sv}, // %-f
    {65LL, 'f', RPY_FMT_LEFT, 8, -1, "65.000000"sv}, // %-8f
    {65LL, 'f', RPY_FMT_LEFT, 0, 3, "65.000"sv}, // %-.3f
    {65LL, 'f', RPY_FMT_LEFT, 10, 4, "65.0000   "sv}, // %-10.4f
    {65LL, 'f', RPY_FMT_LEFT, 0, 0, "65"sv}, // %-.0f
    {65LL, 'f', RPY_FMT_PLUS, 0, -1, "+65.000000"sv}, // %+f
    {65LL, 'f', RPY_FMT_PLUS, 8, -1, "+65.000000"sv}, // %+8f
    {65LL, 'f', RPY_FMT_PLUS, 0, 3, "+65.000"sv}, // %+.3f
    {65LL, 'f', RPY_FMT_PLUS, 10, 4, "  +65.0000"sv}, // %+10.4f
    {65LL, 'f', RPY_FMT_PLUS, 0, 0, "+65"sv}, // %+.0f
    {65LL, 'f', RPY_FMT_SPACE, 0, -1, " 65.000000"sv}, // % f
    {65LL, 'f', RPY_FMT_SPACE, 8, -1, " 65.000000"sv}, // % 8f
    {65LL, 'f', RPY_FMT_SPACE, 0, 3, " 65.000"sv}, // % .3f
    {65LL, 'f', RPY_FMT_SPACE, 10, 4, "   65.0000"sv}, // % 10.4f
    {65LL, 'f', RPY_FMT_SPACE, 0, 0, " 65"sv}, // % .0f
    {65LL, 'f', RPY_FMT_ZERO, 0, -1, "65.000000"sv}, // %0f
    {65LL, 'f', RPY_FMT_ZERO, 8, -1, "65.000000"sv}, // %08f
    {65LL, 'f', RPY_FMT_ZERO, 0, 3, "65.000"sv}, // %0.3f
    {65LL, 'f', RPY_FMT_ZERO, 10, 4, "00065.0000"sv}, // %010.4f
    {65LL, 'f', RPY_FMT_ZERO, 0, 0, "65"sv}, // %0.0f
    {65LL, 'f', RPY_FMT_ALT, 0, -1, "65.000000"sv}, // %#f
    {65LL, 'f', RPY_FMT_ALT, 8, -1, "65.000000"sv}, // %#8f
    {65LL, 'f', RPY_FMT_ALT, 0, 3, "65.000"sv}, // %#.3f
    {65LL, 'f', RPY_FMT_ALT, 10, 4, "   65.0000"sv}, // %#10.4f
    {65LL, 'f', RPY_FMT_ALT, 0, 0, "65."sv}, // %#.0f
    {65LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+65.000000"sv}, // %+0f
    {65LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+65.000000"sv}, // %+08f
    {65LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+65.000"sv}, // %+0.3f
    {65LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+0065.0000"sv}, // %+010.4f
    {65LL, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+65"sv}, // %+0.0f
    {65LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "65.000000"sv}, // %-#f
    {65LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "65.000000"sv}, // %-#8f
    {65LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "65.000"sv}, // %-#.3f
    {65LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "65.0000   "sv}, // %-#10.4f
    {65LL, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "65."sv}, // %-#.0f
    {65LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "65.000000"sv}, // %#0f
    {65LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "65.000000"sv}, // %#08f
    {65LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "65.000"sv}, // %#0.3f
    {65LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "00065.0000"sv}, // %#010.4f
    {65LL, 'f', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "65."sv}, // %#0.0f
    {65LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 65.000000"sv}, // % 0f
    {65LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 65.000000"sv}, // % 08f
    {65LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 65.000"sv}, // % 0.3f
    {65LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 0065.0000"sv}, // % 010.4f
    {65LL, 'f', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 65"sv}, // % 0.0f
    {65LL, 'g', 0, 0, -1, "65"sv}, // %g
    {65LL, 'g', 0, 8, -1, "      65"sv}, // %8g
    {65LL, 'g', 0, 0, 3, "65"sv}, // %.3g
    {65LL, 'g', 0, 10, 4, "        65"sv}, // %10.4g
    {65LL, 'g', 0, 0, 0, "6e+01"sv}, // %.0g
    {65LL, 'g', RPY_FMT_LEFT, 0, -1, "65"sv}, // %-g
    {65LL, 'g', RPY_FMT_LEFT, 8, -1, "65      "sv}, // %-8g
    {65LL, 'g', RPY_FMT_LEFT, 0, 3, "65"sv}, // %-.3g
    {65LL, 'g', RPY_FMT_LEFT, 10, 4, "65        "sv}, // %-10.4g
    {65LL, 'g', RPY_FMT_LEFT, 0, 0, "6e+01"sv}, // %-.0g
    {65LL, 'g', RPY_FMT_PLUS, 0, -1, "+65"sv}, // %+g
    {65LL, 'g', RPY_FMT_PLUS, 8, -1, "     +65"sv}, // %+8g
    {65LL, 'g', RPY_FMT_PLUS, 0, 3, "+65"sv}, // %+.3g
    {65LL, 'g', RPY_FMT_PLUS, 10, 4, "       +65"sv}, // %+10.4g
    {65LL, 'g', RPY_FMT_PLUS, 0, 0, "+6e+01"sv}, // %+.0g
    {65LL, 'g', RPY_FMT_SPACE, 0, -1, " 65"sv}, // % g
    {65LL, 'g', RPY_FMT_SPACE, 8, -1, "      65"sv}, // % 8g
    {65LL, 'g', RPY_FMT_SPACE, 0, 3, " 65"sv}, // % .3g
    {65LL, 'g', RPY_FMT_SPACE, 10, 4, "        65"sv}, // % 10.4g
    {65LL, 'g', RPY_FMT_SPACE, 0, 0, " 6e+01"sv}, // % .0g
    {65LL, 'g', RPY_FMT_ZERO, 0, -1, "65"sv}, // %0g
    {65LL, 'g', RPY_FMT_ZERO, 8, -1, "00000065"sv}, // %08g
    {65LL, 'g', RPY_FMT_ZERO, 0, 3, "65"sv}, // %0.3g
    {65LL, 'g', RPY_FMT_ZERO, 10, 4, "0000000065"sv}, // %010.4g
    {65LL, 'g', RPY_FMT_ZERO, 0, 0, "6e+01"sv}, // %0.0g
    {65LL, 'g', RPY_FMT_ALT, 0, -1, "65.0000"sv}, // %#g
    {65LL, 'g', RPY_FMT_ALT, 8, -1, " 65.0000"sv}, // %#8g
    {65LL, 'g', RPY_FMT_ALT, 0, 3, "65.0"sv}, // %#.3g
    {65LL, 'g', RPY_FMT_ALT, 10, 4, "     65.00"sv}, // %#10.4g
    {65LL, 'g', RPY_FMT_ALT, 0, 0, "6.e+01"sv}, // %#.0g
    {65LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+65"sv}, // %+0g
    {65LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000065"sv}, // %+08g
    {65LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+65"sv}, // %+0.3g
    {65LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000065"sv}, // %+010.4g
    {65LL, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+6e+01"sv}, // %+0.0g
    {65LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "65.0000"sv}, // %-#g
    {65LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "65.0000 "sv}, // %-#8g
    {65LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "65.0"sv}, // %-#.3g
    {65LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "65.00     "sv}, // %-#10.4g
    {65LL, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "6.e+01"sv}, // %-#.0g
    {65LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "65.0000"sv}, // %#0g
    {65LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "065.0000"sv}, // %#08g
    {65LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "65.0"sv}, // %#0.3g
    {65LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000065.00"sv}, // %#010.4g
    {65LL, 'g', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "6.e+01"sv}, // %#0.0g
    {65LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 65"sv}, // % 0g
    {65LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000065"sv}, // % 08g
    {65LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 65"sv}, // % 0.3g
    {65LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000065"sv}, // % 010.4g
    {65LL, 'g', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 6e+01"sv}, // % 0.0g
    {65LL, 'G', 0, 0, -1, "65"sv}, // %G
    {65LL, 'G', 0, 8, -1, "      65"sv}, // %8G
    {65LL, 'G', 0, 0, 3, "65"sv}, // %.3G
    {65LL, 'G', 0, 10, 4, "        65"sv}, // %10.4G
    {65LL, 'G', 0, 0, 0, "6E+01"sv}, // %.0G
    {65LL, 'G', RPY_FMT_LEFT, 0, -1, "65"sv}, // %-G
    {65LL, 'G', RPY_FMT_LEFT, 8, -1, "65      "sv}, // %-8G
    {65LL, 'G', RPY_FMT_LEFT, 0, 3, "65"sv}, // %-.3G
    {65LL, 'G', RPY_FMT_LEFT, 10, 4, "65        "sv}, // %-10.4G
    {65LL, 'G', RPY_FMT_LEFT, 0, 0, "6E+01"sv}, // %-.0G
    {65LL, 'G', RPY_FMT_PLUS, 0, -1, "+65"sv}, // %+G
    {65LL, 'G', RPY_FMT_PLUS, 8, -1, "     +65"sv}, // %+8G
    {65LL, 'G', RPY_FMT_PLUS, 0, 3, "+65"sv}, // %+.3G
    {65LL, 'G', RPY_FMT_PLUS, 10, 4, "       +65"sv}, // %+10.4G
    {65LL, 'G', RPY_FMT_PLUS, 0, 0, "+6E+01"sv}, // %+.0G
    {65LL, 'G', RPY_FMT_SPACE, 0, -1, " 65"sv}, // % G
    {65LL, 'G', RPY_FMT_SPACE, 8, -1, "      65"sv}, // % 8G
    {65LL, 'G', RPY_FMT_SPACE, 0, 3, " 65"sv}, // % .3G
    {65LL, 'G', RPY_FMT_SPACE, 10, 4, "        65"sv}, // % 10.4G
    {65LL, 'G', RPY_FMT_SPACE, 0, 0, " 6E+01"sv}, // % .0G
    {65LL, 'G', RPY_FMT_ZERO, 0, -1, "65"sv}, // %0G
    {65LL, 'G', RPY_FMT_ZERO, 8, -1, "00000065"sv}, // %08G
    {65LL, 'G', RPY_FMT_ZERO, 0, 3, "65"sv}, // %0.3G
    {65LL, 'G', RPY_FMT_ZERO, 10, 4, "0000000065"sv}, // %010.4G
    {65LL, 'G', RPY_FMT_ZERO, 0, 0, "6E+01"sv}, // %0.0G
    {65LL, 'G', RPY_FMT_ALT, 0, -1, "65.0000"sv}, // %#G
    {65LL, 'G', RPY_FMT_ALT, 8, -1, " 65.0000"sv}, // %#8G
    {65LL, 'G', RPY_FMT_ALT, 0, 3, "65.0"sv}, // %#.3G
    {65LL, 'G', RPY_FMT_ALT, 10, 4, "     65.00"sv}, // %#10.4G
    {65LL, 'G', RPY_FMT_ALT, 0, 0, "6.E+01"sv}, // %#.0G
    {65LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+65"sv}, // %+0G
    {65LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "+0000065"sv}, // %+08G
    {65LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+65"sv}, // %+0.3G
    {65LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "+000000065"sv}, // %+010.4G
    {65LL, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+6E+01"sv}, // %+0.0G
    {65LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "65.0000"sv}, // %-#G
    {65LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "65.0000 "sv}, // %-#8G
    {65LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "65.0"sv}, // %-#.3G
    {65LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "65.00     "sv}, // %-#10.4G
    {65LL, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "6.E+01"sv}, // %-#.0G
    {65LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "65.0000"sv}, // %#0G
    {65LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "065.0000"sv}, // %#08G
    {65LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "65.0"sv}, // %#0.3G
    {65LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "0000065.00"sv}, // %#010.4G
    {65LL, 'G', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "6.E+01"sv}, // %#0.0G
    {65LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, " 65"sv}, // % 0G
    {65LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, " 0000065"sv}, // % 08G
    {65LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, " 65"sv}, // % 0.3G
    {65LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, " 000000065"sv}, // % 010.4G
    {65LL, 'G', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, " 6E+01"sv}, // % 0.0G
    {65LL, 's', 0, 0, -1, "65"sv}, // %s
    {65LL, 's', 0, 8, -1, "      65"sv}, // %8s
    {65LL, 's', 0, 0, 3, "65"sv}, // %.3s
    {65LL, 's', 0, 10, 4, "        65"sv}, // %10.4s
    {65LL, 's', 0, 0, 0, ""sv}, // %.0s
    {65LL, 's', RPY_FMT_LEFT, 0, -1, "65"sv}, // %-s
    {65LL, 's', RPY_FMT_LEFT, 8, -1, "65      "sv}, // %-8s
    {65LL, 's', RPY_FMT_LEFT, 0, 3, "65"sv}, // %-.3s
    {65LL, 's', RPY_FMT_LEFT, 10, 4, "65        "sv}, // %-10.4s
    {65LL, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {65LL, 's', RPY_FMT_PLUS, 0, -1, "65"sv}, // %+s
    {65LL, 's', RPY_FMT_PLUS, 8, -1, "      65"sv}, // %+8s
    {65LL, 's', RPY_FMT_PLUS, 0, 3, "65"sv}, // %+.3s
    {65LL, 's', RPY_FMT_PLUS, 10, 4, "        65"sv}, // %+10.4s
    {65LL, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {65LL, 's', RPY_FMT_SPACE, 0, -1, "65"sv}, // % s
    {65LL, 's', RPY_FMT_SPACE, 8, -1, "      65"sv}, // % 8s
    {65LL, 's', RPY_FMT_SPACE, 0, 3, "65"sv}, // % .3s
    {65LL, 's', RPY_FMT_SPACE, 10, 4, "        65"sv}, // % 10.4s
    {65LL, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {65LL, 's', RPY_FMT_ZERO, 0, -1, "65"sv}, // %0s
    {65LL, 's', RPY_FMT_ZERO, 8, -1, "      65"sv}, // %08s
    {65LL, 's', RPY_FMT_ZERO, 0, 3, "65"sv}, // %0.3s
    {65LL, 's', RPY_FMT_ZERO, 10, 4, "        65"sv}, // %010.4s
    {65LL, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {65LL, 's', RPY_FMT_ALT, 0, -1, "65"sv}, // %#s
    {65LL, 's', RPY_FMT_ALT, 8, -1, "      65"sv}, // %#8s
    {65LL, 's', RPY_FMT_ALT, 0, 3, "65"sv}, // %#.3s
    {65LL, 's', RPY_FMT_ALT, 10, 4, "        65"sv}, // %#10.4s
    {65LL, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {65LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "65"sv}, // %+0s
    {65LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "      65"sv}, // %+08s
    {65LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "65"sv}, // %+0.3s
    {65LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "        65"sv}, // %+010.4s
    {65LL, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {65LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "65"sv}, // %-#s
    {65LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "65      "sv}, // %-#8s
    {65LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "65"sv}, // %-#.3s
    {65LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "65        "sv}, // %-#10.4s
    {65LL, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {65LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "65"sv}, // %#0s
    {65LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "      65"sv}, // %#08s
    {65LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "65"sv}, // %#0.3s
    {65LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "        65"sv}, // %#010.4s
    {65LL, 's', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0s
    {65LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "65"sv}, // % 0s
    {65LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "      65"sv}, // % 08s
    {65LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "65"sv}, // % 0.3s
    {65LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "        65"sv}, // % 010.4s
    {65LL, 's', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0s
    {65LL, 'r', 0, 0, -1, "65"sv}, // %r
    {65LL, 'r', 0, 8, -1, "      65"sv}, // %8r
    {65LL, 'r', 0, 0, 3, "65"sv}, // %.3r
    {65LL, 'r', 0, 10, 4, "        65"sv}, // %10.4r
    {65LL, 'r', 0, 0, 0, ""sv}, // %.0r
    {65LL, 'r', RPY_FMT_LEFT, 0, -1, "65"sv}, // %-r
    {65LL, 'r', RPY_FMT_LEFT, 8, -1, "65      "sv}, // %-8r
    {65LL, 'r', RPY_FMT_LEFT, 0, 3, "65"sv}, // %-.3r
    {65LL, 'r', RPY_FMT_LEFT, 10, 4, "65        "sv}, // %-10.4r
    {65LL, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {65LL, 'r', RPY_FMT_PLUS, 0, -1, "65"sv}, // %+r
    {65LL, 'r', RPY_FMT_PLUS, 8, -1, "      65"sv}, // %+8r
    {65LL, 'r', RPY_FMT_PLUS, 0, 3, "65"sv}, // %+.3r
    {65LL, 'r', RPY_FMT_PLUS, 10, 4, "        65"sv}, // %+10.4r
    {65LL, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {65LL, 'r', RPY_FMT_SPACE, 0, -1, "65"sv}, // % r
    {65LL, 'r', RPY_FMT_SPACE, 8, -1, "      65"sv}, // % 8r
    {65LL, 'r', RPY_FMT_SPACE, 0, 3, "65"sv}, // % .3r
    {65LL, 'r', RPY_FMT_SPACE, 10, 4, "        65"sv}, // % 10.4r
    {65LL, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {65LL, 'r', RPY_FMT_ZERO, 0, -1, "65"sv}, // %0r
    {65LL, 'r', RPY_FMT_ZERO, 8, -1, "      65"sv}, // %08r
    {65LL, 'r', RPY_FMT_ZERO, 0, 3, "65"sv}, // %0.3r
    {65LL, 'r', RPY_FMT_ZERO, 10, 4, "        65"sv}, // %010.4r
    {65LL, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {65LL, 'r', RPY_FMT_ALT, 0, -1, "65"sv}, // %#r
    {65LL, 'r', RPY_FMT_ALT, 8, -1, "      65"sv}, // %#8r
    {65LL, 'r', RPY_FMT_ALT, 0, 3, "65"sv}, // %#.3r
    {65LL, 'r', RPY_FMT_ALT, 10, 4, "        65"sv}, // %#10.4r
    {65LL, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {65LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "65"sv}, // %+0r
    {65LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "      65"sv}, // %+08r
    {65LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "65"sv}, // %+0.3r
    {65LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "        65"sv}, // %+010.4r
    {65LL, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {65LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "65"sv}, // %-#r
    {65LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "65      "sv}, // %-#8r
    {65LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "65"sv}, // %-#.3r
    {65LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "65        "sv}, // %-#10.4r
    {65LL, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {65LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "65"sv}, // %#0r
    {65LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "      65"sv}, // %#08r
    {65LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "65"sv}, // %#0.3r
    {65LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "        65"sv}, // %#010.4r
    {65LL, 'r', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, ""sv}, // %#0.0r
    {65LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "65"sv}, // % 0r
    {65LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "      65"sv}, // % 08r
    {65LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "65"sv}, // % 0.3r
    {65LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "        65"sv}, // % 010.4r
    {65LL, 'r', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, ""sv}, // % 0.0r
    {65LL, 'c', 0, 0, -1, "A"sv}, // %c
    {65LL, 'c', 0, 8, -1, "       A"sv}, // %8c
    {65LL, 'c', 0, 0, 3, "A"sv}, // %.3c
    {65LL, 'c', 0, 10, 4, "         A"sv}, // %10.4c
    {65LL, 'c', 0, 0, 0, "A"sv}, // %.0c
    {65LL, 'c', RPY_FMT_LEFT, 0, -1, "A"sv}, // %-c
    {65LL, 'c', RPY_FMT_LEFT, 8, -1, "A       "sv}, // %-8c
    {65LL, 'c', RPY_FMT_LEFT, 0, 3, "A"sv}, // %-.3c
    {65LL, 'c', RPY_FMT_LEFT, 10, 4, "A         "sv}, // %-10.4c
    {65LL, 'c', RPY_FMT_LEFT, 0, 0, "A"sv}, // %-.0c
    {65LL, 'c', RPY_FMT_PLUS, 0, -1, "A"sv}, // %+c
    {65LL, 'c', RPY_FMT_PLUS, 8, -1, "       A"sv}, // %+8c
    {65LL, 'c', RPY_FMT_PLUS, 0, 3, "A"sv}, // %+.3c
    {65LL, 'c', RPY_FMT_PLUS, 10, 4, "         A"sv}, // %+10.4c
    {65LL, 'c', RPY_FMT_PLUS, 0, 0, "A"sv}, // %+.0c
    {65LL, 'c', RPY_FMT_SPACE, 0, -1, "A"sv}, // % c
    {65LL, 'c', RPY_FMT_SPACE, 8, -1, "       A"sv}, // % 8c
    {65LL, 'c', RPY_FMT_SPACE, 0, 3, "A"sv}, // % .3c
    {65LL, 'c', RPY_FMT_SPACE, 10, 4, "         A"sv}, // % 10.4c
    {65LL, 'c', RPY_FMT_SPACE, 0, 0, "A"sv}, // % .0c
    {65LL, 'c', RPY_FMT_ZERO, 0, -1, "A"sv}, // %0c
    {65LL, 'c', RPY_FMT_ZERO, 8, -1, "       A"sv}, // %08c
    {65LL, 'c', RPY_FMT_ZERO, 0, 3, "A"sv}, // %0.3c
    {65LL, 'c', RPY_FMT_ZERO, 10, 4, "         A"sv}, // %010.4c
    {65LL, 'c', RPY_FMT_ZERO, 0, 0, "A"sv}, // %0.0c
    {65LL, 'c', RPY_FMT_ALT, 0, -1, "A"sv}, // %#c
    {65LL, 'c', RPY_FMT_ALT, 8, -1, "       A"sv}, // %#8c
    {65LL, 'c', RPY_FMT_ALT, 0, 3, "A"sv}, // %#.3c
    {65LL, 'c', RPY_FMT_ALT, 10, 4, "         A"sv}, // %#10.4c
    {65LL, 'c', RPY_FMT_ALT, 0, 0, "A"sv}, // %#.0c
    {65LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "A"sv}, // %+0c
    {65LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 8, -1, "       A"sv}, // %+08c
    {65LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "A"sv}, // %+0.3c
    {65LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 10, 4, "         A"sv}, // %+010.4c
    {65LL, 'c', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "A"sv}, // %+0.0c
    {65LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "A"sv}, // %-#c
    {65LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 8, -1, "A       "sv}, // %-#8c
    {65LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "A"sv}, // %-#.3c
    {65LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 10, 4, "A         "sv}, // %-#10.4c
    {65LL, 'c', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "A"sv}, // %-#.0c
    {65LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, -1, "A"sv}, // %#0c
    {65LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 8, -1, "       A"sv}, // %#08c
    {65LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 3, "A"sv}, // %#0.3c
    {65LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 10, 4, "         A"sv}, // %#010.4c
    {65LL, 'c', RPY_FMT_ALT|RPY_FMT_ZERO, 0, 0, "A"sv}, // %#0.0c
    {65LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, -1, "A"sv}, // % 0c
    {65LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 8, -1, "       A"sv}, // % 08c
    {65LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 3, "A"sv}, // % 0.3c
    {65LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 10, 4, "         A"sv}, // % 010.4c
    {65LL, 'c', RPY_FMT_SPACE|RPY_FMT_ZERO, 0, 0, "A"sv}, // % 0.0c
};
const FormatFloatCase kFormatFloat[] = {
    {0x0.0p+0, 'e', 0, 0, -1, "0.000000e+00"sv}, // %e
    {0x0.0p+0, 'e', 0, 12, -1, "0.000000e+00"sv}, // %12e
    {0x0.0p+0, 'e', 0, 0, 3, "0.000e+00"sv}, // %.3e
    {0x0.0p+0, 'e', 0, 15, 2, "       0.00e+00"sv}, // %15.2e
    {0x0.0p+0, 'e', 0, 0, 0, "0e+00"sv}, // %.0e
    {0x0.0p+0, 'e', RPY_FMT_LEFT, 0, -1, "0.000000e+00"sv}, // %-e
    {0x0.0p+0, 'e', RPY_FMT_LEFT, 12, -1, "0.000000e+00"sv}, // %-12e
    {0x0.0p+0, 'e', RPY_FMT_LEFT, 0, 3, "0.000e+00"sv}, // %-.3e
    {0x0.0p+0, 'e', RPY_FMT_LEFT, 15, 2, "0.00e+00       "sv}, // %-15.2e
    {0x0.0p+0, 'e', RPY_FMT_LEFT, 0, 0, "0e+00"sv}, // %-.0e
    {0x0.0p+0, 'e', RPY_FMT_PLUS, 0, -1, "+0.000000e+00"sv}, // %+e
    {0x0.0p+0, 'e', RPY_FMT_PLUS, 12, -1, "+0.000000e+00"sv}, // %+12e
    {0x0.0p+0, 'e', RPY_FMT_PLUS, 0, 3, "+0.000e+00"sv}, // %+.3e
    {0x0.0p+0, 'e', RPY_FMT_PLUS, 15, 2, "      +0.00e+00"sv}, // %+15.2e
    {0x0.0p+0, 'e', RPY_FMT_PLUS, 0, 0, "+0e+00"sv}, // %+.0e
    {0x0.0p+0, 'e', RPY_FMT_SPACE, 0, -1, " 0.000000e+00"sv}, // % e
    {0x0.0p+0, 'e', RPY_FMT_SPACE, 12, -1, " 0.000000e+00"sv}, // % 12e
    {0x0.0p+0, 'e', RPY_FMT_SPACE, 0, 3, " 0.000e+00"sv}, // % .3e
    {0x0.0p+0, 'e', RPY_FMT_SPACE, 15, 2, "       0.00e+00"sv}, // % 15.2e
    {0x0.0p+0, 'e', RPY_FMT_SPACE, 0, 0, " 0e+00"sv}, // % .0e
    {0x0.0p+0, 'e', RPY_FMT_ZERO, 0, -1, "0.000000e+00"sv}, // %0e
    {0x0.0p+0, 'e', RPY_FMT_ZERO, 12, -1, "0.000000e+00"sv}, // %012e
    {0x0.0p+0, 'e', RPY_FMT_ZERO, 0, 3, "0.000e+00"sv}, // %0.3e
    {0x0.0p+0, 'e', RPY_FMT_ZERO, 15, 2, "00000000.00e+00"sv}, // %015.2e
    {0x0.0p+0, 'e', RPY_FMT_ZERO, 0, 0, "0e+00"sv}, // %0.0e
    {0x0.0p+0, 'e', RPY_FMT_ALT, 0, -1, "0.000000e+00"sv}, // %#e
    {0x0.0p+0, 'e', RPY_FMT_ALT, 12, -1, "0.000000e+00"sv}, // %#12e
    {0x0.0p+0, 'e', RPY_FMT_ALT, 0, 3, "0.000e+00"sv}, // %#.3e
    {0x0.0p+0, 'e', RPY_FMT_ALT, 15, 2, "       0.00e+00"sv}, // %#15.2e
    {0x0.0p+0, 'e', RPY_FMT_ALT, 0, 0, "0.e+00"sv}, // %#.0e
    {0x0.0p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.000000e+00"sv}, // %+0e
    {0x0.0p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0.000000e+00"sv}, // %+012e
    {0x0.0p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.000e+00"sv}, // %+0.3e
    {0x0.0p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000000.00e+00"sv}, // %+015.2e
    {0x0.0p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0e+00"sv}, // %+0.0e
    {0x0.0p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.000000e+00"sv}, // %-#e
    {0x0.0p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.000000e+00"sv}, // %-#12e
    {0x0.0p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.000e+00"sv}, // %-#.3e
    {0x0.0p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.00e+00       "sv}, // %-#15.2e
    {0x0.0p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0.e+00"sv}, // %-#.0e
    {0x0.0p+0, 'E', 0, 0, -1, "0.000000E+00"sv}, // %E
    {0x0.0p+0, 'E', 0, 12, -1, "0.000000E+00"sv}, // %12E
    {0x0.0p+0, 'E', 0, 0, 3, "0.000E+00"sv}, // %.3E
    {0x0.0p+0, 'E', 0, 15, 2, "       0.00E+00"sv}, // %15.2E
    {0x0.0p+0, 'E', 0, 0, 0, "0E+00"sv}, // %.0E
    {0x0.0p+0, 'E', RPY_FMT_LEFT, 0, -1, "0.000000E+00"sv}, // %-E
    {0x0.0p+0, 'E', RPY_FMT_LEFT, 12, -1, "0.000000E+00"sv}, // %-12E
    {0x0.0p+0, 'E', RPY_FMT_LEFT, 0, 3, "0.000E+00"sv}, // %-.3E
    {0x0.0p+0, 'E', RPY_FMT_LEFT, 15, 2, "0.00E+00       "sv}, // %-15.2E
    {0x0.0p+0, 'E', RPY_FMT_LEFT, 0, 0, "0E+00"sv}, // %-.0E
    {0x0.0p+0, 'E', RPY_FMT_PLUS, 0, -1, "+0.000000E+00"sv}, // %+E
    {0x0.0p+0, 'E', RPY_FMT_PLUS, 12, -1, "+0.000000E+00"sv}, // %+12E
    {0x0.0p+0, 'E', RPY_FMT_PLUS, 0, 3, "+0.000E+00"sv}, // %+.3E
    {0x0.0p+0, 'E', RPY_FMT_PLUS, 15, 2, "      +0.00E+00"sv}, // %+15.2E
    {0x0.0p+0, 'E', RPY_FMT_PLUS, 0, 0, "+0E+00"sv}, // %+.0E
    {0x0.0p+0, 'E', RPY_FMT_SPACE, 0, -1, " 0.000000E+00"sv}, // % E
    {0x0.0p+0, 'E', RPY_FMT_SPACE, 12, -1, " 0.000000E+00"sv}, // % 12E
    {0x0.0p+0, 'E', RPY_FMT_SPACE, 0, 3, " 0.000E+00"sv}, // % .3E
    {0x0.0p+0, 'E', RPY_FMT_SPACE, 15, 2, "       0.00E+00"sv}, // % 15.2E
    {0x0.0p+0, 'E', RPY_FMT_SPACE, 0, 0, " 0E+00"sv}, // % .0E
    {0x0.0p+0, 'E', RPY_FMT_ZERO, 0, -1, "0.000000E+00"sv}, // %0E
    {0x0.0p+0, 'E', RPY_FMT_ZERO, 12, -1, "0.000000E+00"sv}, // %012E
    {0x0.0p+0, 'E', RPY_FMT_ZERO, 0, 3, "0.000E+00"sv}, // %0.3E
    {0x0.0p+0, 'E', RPY_FMT_ZERO, 15, 2, "00000000.00E+00"sv}, // %015.2E
    {0x0.0p+0, 'E', RPY_FMT_ZERO, 0, 0, "0E+00"sv}, // %0.0E
    {0x0.0p+0, 'E', RPY_FMT_ALT, 0, -1, "0.000000E+00"sv}, // %#E
    {0x0.0p+0, 'E', RPY_FMT_ALT, 12, -1, "0.000000E+00"sv}, // %#12E
    {0x0.0p+0, 'E', RPY_FMT_ALT, 0, 3, "0.000E+00"sv}, // %#.3E
    {0x0.0p+0, 'E', RPY_FMT_ALT, 15, 2, "       0.00E+00"sv}, // %#15.2E
    {0x0.0p+0, 'E', RPY_FMT_ALT, 0, 0, "0.E+00"sv}, // %#.0E
    {0x0.0p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.000000E+00"sv}, // %+0E
    {0x0.0p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0.000000E+00"sv}, // %+012E
    {0x0.0p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.000E+00"sv}, // %+0.3E
    {0x0.0p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000000.00E+00"sv}, // %+015.2E
    {0x0.0p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0E+00"sv}, // %+0.0E
    {0x0.0p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.000000E+00"sv}, // %-#E
    {0x0.0p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.000000E+00"sv}, // %-#12E
    {0x0.0p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.000E+00"sv}, // %-#.3E
    {0x0.0p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.00E+00       "sv}, // %-#15.2E
    {0x0.0p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0.E+00"sv}, // %-#.0E
    {0x0.0p+0, 'f', 0, 0, -1, "0.000000"sv}, // %f
    {0x0.0p+0, 'f', 0, 12, -1, "    0.000000"sv}, // %12f
    {0x0.0p+0, 'f', 0, 0, 3, "0.000"sv}, // %.3f
    {0x0.0p+0, 'f', 0, 15, 2, "           0.00"sv}, // %15.2f
    {0x0.0p+0, 'f', 0, 0, 0, "0"sv}, // %.0f
    {0x0.0p+0, 'f', RPY_FMT_LEFT, 0, -1, "0.000000"sv}, // %-f
    {0x0.0p+0, 'f', RPY_FMT_LEFT, 12, -1, "0.000000    "sv}, // %-12f
    {0x0.0p+0, 'f', RPY_FMT_LEFT, 0, 3, "0.000"sv}, // %-.3f
    {0x0.0p+0, 'f', RPY_FMT_LEFT, 15, 2, "0.00           "sv}, // %-15.2f
    {0x0.0p+0, 'f', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0f
    {0x0.0p+0, 'f', RPY_FMT_PLUS, 0, -1, "+0.000000"sv}, // %+f
    {0x0.0p+0, 'f', RPY_FMT_PLUS, 12, -1, "   +0.000000"sv}, // %+12f
    {0x0.0p+0, 'f', RPY_FMT_PLUS, 0, 3, "+0.000"sv}, // %+.3f
    {0x0.0p+0, 'f', RPY_FMT_PLUS, 15, 2, "          +0.00"sv}, // %+15.2f
    {0x0.0p+0, 'f', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0f
    {0x0.0p+0, 'f', RPY_FMT_SPACE, 0, -1, " 0.000000"sv}, // % f
    {0x0.0p+0, 'f', RPY_FMT_SPACE, 12, -1, "    0.000000"sv}, // % 12f
    {0x0.0p+0, 'f', RPY_FMT_SPACE, 0, 3, " 0.000"sv}, // % .3f
    {0x0.0p+0, 'f', RPY_FMT_SPACE, 15, 2, "           0.00"sv}, // % 15.2f
    {0x0.0p+0, 'f', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0f
    {0x0.0p+0, 'f', RPY_FMT_ZERO, 0, -1, "0.000000"sv}, // %0f
    {0x0.0p+0, 'f', RPY_FMT_ZERO, 12, -1, "00000.000000"sv}, // %012f
    {0x0.0p+0, 'f', RPY_FMT_ZERO, 0, 3, "0.000"sv}, // %0.3f
    {0x0.0p+0, 'f', RPY_FMT_ZERO, 15, 2, "000000000000.00"sv}, // %015.2f
    {0x0.0p+0, 'f', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0f
    {0x0.0p+0, 'f', RPY_FMT_ALT, 0, -1, "0.000000"sv}, // %#f
    {0x0.0p+0, 'f', RPY_FMT_ALT, 12, -1, "    0.000000"sv}, // %#12f
    {0x0.0p+0, 'f', RPY_FMT_ALT, 0, 3, "0.000"sv}, // %#.3f
    {0x0.0p+0, 'f', RPY_FMT_ALT, 15, 2, "           0.00"sv}, // %#15.2f
    {0x0.0p+0, 'f', RPY_FMT_ALT, 0, 0, "0."sv}, // %#.0f
    {0x0.0p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.000000"sv}, // %+0f
    {0x0.0p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0000.000000"sv}, // %+012f
    {0x0.0p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.000"sv}, // %+0.3f
    {0x0.0p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000.00"sv}, // %+015.2f
    {0x0.0p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0f
    {0x0.0p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.000000"sv}, // %-#f
    {0x0.0p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.000000    "sv}, // %-#12f
    {0x0.0p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.000"sv}, // %-#.3f
    {0x0.0p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.00           "sv}, // %-#15.2f
    {0x0.0p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0."sv}, // %-#.0f
    {0x0.0p+0, 'F', 0, 0, -1, "0.000000"sv}, // %F
    {0x0.0p+0, 'F', 0, 12, -1, "    0.000000"sv}, // %12F
    {0x0.0p+0, 'F', 0, 0, 3, "0.000"sv}, // %.3F
    {0x0.0p+0, 'F', 0, 15, 2, "           0.00"sv}, // %15.2F
    {0x0.0p+0, 'F', 0, 0, 0, "0"sv}, // %.0F
    {0x0.0p+0, 'F', RPY_FMT_LEFT, 0, -1, "0.000000"sv}, // %-F
    {0x0.0p+0, 'F', RPY_FMT_LEFT, 12, -1, "0.000000    "sv}, // %-12F
    {0x0.0p+0, 'F', RPY_FMT_LEFT, 0, 3, "0.000"sv}, // %-.3F
    {0x0.0p+0, 'F', RPY_FMT_LEFT, 15, 2, "0.00           "sv}, // %-15.2F
    {0x0.0p+0, 'F', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0F
    {0x0.0p+0, 'F', RPY_FMT_PLUS, 0, -1, "+0.000000"sv}, // %+F
    {0x0.0p+0, 'F', RPY_FMT_PLUS, 12, -1, "   +0.000000"sv}, // %+12F
    {0x0.0p+0, 'F', RPY_FMT_PLUS, 0, 3, "+0.000"sv}, // %+.3F
    {0x0.0p+0, 'F', RPY_FMT_PLUS, 15, 2, "          +0.00"sv}, // %+15.2F
    {0x0.0p+0, 'F', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0F
    {0x0.0p+0, 'F', RPY_FMT_SPACE, 0, -1, " 0.000000"sv}, // % F
    {0x0.0p+0, 'F', RPY_FMT_SPACE, 12, -1, "    0.000000"sv}, // % 12F
    {0x0.0p+0, 'F', RPY_FMT_SPACE, 0, 3, " 0.000"sv}, // % .3F
    {0x0.0p+0, 'F', RPY_FMT_SPACE, 15, 2, "           0.00"sv}, // % 15.2F
    {0x0.0p+0, 'F', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0F
    {0x0.0p+0, 'F', RPY_FMT_ZERO, 0, -1, "0.000000"sv}, // %0F
    {0x0.0p+0, 'F', RPY_FMT_ZERO, 12, -1, "00000.000000"sv}, // %012F
    {0x0.0p+0, 'F', RPY_FMT_ZERO, 0, 3, "0.000"sv}, // %0.3F
    {0x0.0p+0, 'F', RPY_FMT_ZERO, 15, 2, "000000000000.00"sv}, // %015.2F
    {0x0.0p+0, 'F', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0F
    {0x0.0p+0, 'F', RPY_FMT_ALT, 0, -1, "0.000000"sv}, // %#F
    {0x0.0p+0, 'F', RPY_FMT_ALT, 12, -1, "    0.000000"sv}, // %#12F
    {0x0.0p+0, 'F', RPY_FMT_ALT, 0, 3, "0.000"sv}, // %#.3F
    {0x0.0p+0, 'F', RPY_FMT_ALT, 15, 2, "           0.00"sv}, // %#15.2F
    {0x0.0p+0, 'F', RPY_FMT_ALT, 0, 0, "0."sv}, // %#.0F
    {0x0.0p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.000000"sv}, // %+0F
    {0x0.0p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0000.000000"sv}, // %+012F
    {0x0.0p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.000"sv}, // %+0.3F
    {0x0.0p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000.00"sv}, // %+015.2F
    {0x0.0p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0F
    {0x0.0p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.000000"sv}, // %-#F
    {0x0.0p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.000000    "sv}, // %-#12F
    {0x0.0p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.000"sv}, // %-#.3F
    {0x0.0p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.00           "sv}, // %-#15.2F
    {0x0.0p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0."sv}, // %-#.0F
    {0x0.0p+0, 'g', 0, 0, -1, "0"sv}, // %g
    {0x0.0p+0, 'g', 0, 12, -1, "           0"sv}, // %12g
    {0x0.0p+0, 'g', 0, 0, 3, "0"sv}, // %.3g
    {0x0.0p+0, 'g', 0, 15, 2, "              0"sv}, // %15.2g
    {0x0.0p+0, 'g', 0, 0, 0, "0"sv}, // %.0g
    {0x0.0p+0, 'g', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-g
    {0x0.0p+0, 'g', RPY_FMT_LEFT, 12, -1, "0           "sv}, // %-12g
    {0x0.0p+0, 'g', RPY_FMT_LEFT, 0, 3, "0"sv}, // %-.3g
    {0x0.0p+0, 'g', RPY_FMT_LEFT, 15, 2, "0              "sv}, // %-15.2g
    {0x0.0p+0, 'g', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0g
    {0x0.0p+0, 'g', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+g
    {0x0.0p+0, 'g', RPY_FMT_PLUS, 12, -1, "          +0"sv}, // %+12g
    {0x0.0p+0, 'g', RPY_FMT_PLUS, 0, 3, "+0"sv}, // %+.3g
    {0x0.0p+0, 'g', RPY_FMT_PLUS, 15, 2, "             +0"sv}, // %+15.2g
    {0x0.0p+0, 'g', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0g
    {0x0.0p+0, 'g', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % g
    {0x0.0p+0, 'g', RPY_FMT_SPACE, 12, -1, "           0"sv}, // % 12g
    {0x0.0p+0, 'g', RPY_FMT_SPACE, 0, 3, " 0"sv}, // % .3g
    {0x0.0p+0, 'g', RPY_FMT_SPACE, 15, 2, "              0"sv}, // % 15.2g
    {0x0.0p+0, 'g', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0g
    {0x0.0p+0, 'g', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0g
    {0x0.0p+0, 'g', RPY_FMT_ZERO, 12, -1, "000000000000"sv}, // %012g
    {0x0.0p+0, 'g', RPY_FMT_ZERO, 0, 3, "0"sv}, // %0.3g
    {0x0.0p+0, 'g', RPY_FMT_ZERO, 15, 2, "000000000000000"sv}, // %015.2g
    {0x0.0p+0, 'g', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0g
    {0x0.0p+0, 'g', RPY_FMT_ALT, 0, -1, "0.00000"sv}, // %#g
    {0x0.0p+0, 'g', RPY_FMT_ALT, 12, -1, "     0.00000"sv}, // %#12g
    {0x0.0p+0, 'g', RPY_FMT_ALT, 0, 3, "0.00"sv}, // %#.3g
    {0x0.0p+0, 'g', RPY_FMT_ALT, 15, 2, "            0.0"sv}, // %#15.2g
    {0x0.0p+0, 'g', RPY_FMT_ALT, 0, 0, "0."sv}, // %#.0g
    {0x0.0p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0g
    {0x0.0p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000000"sv}, // %+012g
    {0x0.0p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0"sv}, // %+0.3g
    {0x0.0p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000000"sv}, // %+015.2g
    {0x0.0p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0g
    {0x0.0p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.00000"sv}, // %-#g
    {0x0.0p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.00000     "sv}, // %-#12g
    {0x0.0p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.00"sv}, // %-#.3g
    {0x0.0p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.0            "sv}, // %-#15.2g
    {0x0.0p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0."sv}, // %-#.0g
    {0x0.0p+0, 'G', 0, 0, -1, "0"sv}, // %G
    {0x0.0p+0, 'G', 0, 12, -1, "           0"sv}, // %12G
    {0x0.0p+0, 'G', 0, 0, 3, "0"sv}, // %.3G
    {0x0.0p+0, 'G', 0, 15, 2, "              0"sv}, // %15.2G
    {0x0.0p+0, 'G', 0, 0, 0, "0"sv}, // %.0G
    {0x0.0p+0, 'G', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-G
    {0x0.0p+0, 'G', RPY_FMT_LEFT, 12, -1, "0           "sv}, // %-12G
    {0x0.0p+0, 'G', RPY_FMT_LEFT, 0, 3, "0"sv}, // %-.3G
    {0x0.0p+0, 'G', RPY_FMT_LEFT, 15, 2, "0              "sv}, // %-15.2G
    {0x0.0p+0, 'G', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0G
    {0x0.0p+0, 'G', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+G
    {0x0.0p+0, 'G', RPY_FMT_PLUS, 12, -1, "          +0"sv}, // %+12G
    {0x0.0p+0, 'G', RPY_FMT_PLUS, 0, 3, "+0"sv}, // %+.3G
    {0x0.0p+0, 'G', RPY_FMT_PLUS, 15, 2, "             +0"sv}, // %+15.2G
    {0x0.0p+0, 'G', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0G
    {0x0.0p+0, 'G', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % G
    {0x0.0p+0, 'G', RPY_FMT_SPACE, 12, -1, "           0"sv}, // % 12G
    {0x0.0p+0, 'G', RPY_FMT_SPACE, 0, 3, " 0"sv}, // % .3G
    {0x0.0p+0, 'G', RPY_FMT_SPACE, 15, 2, "              0"sv}, // % 15.2G
    {0x0.0p+0, 'G', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0G
    {0x0.0p+0, 'G', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0G
    {0x0.0p+0, 'G', RPY_FMT_ZERO, 12, -1, "000000000000"sv}, // %012G
    {0x0.0p+0, 'G', RPY_FMT_ZERO, 0, 3, "0"sv}, // %0.3G
    {0x0.0p+0, 'G', RPY_FMT_ZERO, 15, 2, "000000000000000"sv}, // %015.2G
    {0x0.0p+0, 'G', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0G
    {0x0.0p+0, 'G', RPY_FMT_ALT, 0, -1, "0.00000"sv}, // %#G
    {0x0.0p+0, 'G', RPY_FMT_ALT, 12, -1, "     0.00000"sv}, // %#12G
    {0x0.0p+0, 'G', RPY_FMT_ALT, 0, 3, "0.00"sv}, // %#.3G
    {0x0.0p+0, 'G', RPY_FMT_ALT, 15, 2, "            0.0"sv}, // %#15.2G
    {0x0.0p+0, 'G', RPY_FMT_ALT, 0, 0, "0."sv}, // %#.0G
    {0x0.0p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0G
    {0x0.0p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000000"sv}, // %+012G
    {0x0.0p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0"sv}, // %+0.3G
    {0x0.0p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000000"sv}, // %+015.2G
    {0x0.0p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0G
    {0x0.0p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.00000"sv}, // %-#G
    {0x0.0p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.00000     "sv}, // %-#12G
    {0x0.0p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.00"sv}, // %-#.3G
    {0x0.0p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.0            "sv}, // %-#15.2G
    {0x0.0p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0."sv}, // %-#.0G
    {0x0.0p+0, 's', 0, 0, -1, "0.0"sv}, // %s
    {0x0.0p+0, 's', 0, 12, -1, "         0.0"sv}, // %12s
    {0x0.0p+0, 's', 0, 0, 3, "0.0"sv}, // %.3s
    {0x0.0p+0, 's', 0, 15, 2, "             0."sv}, // %15.2s
    {0x0.0p+0, 's', 0, 0, 0, ""sv}, // %.0s
    {0x0.0p+0, 's', RPY_FMT_LEFT, 0, -1, "0.0"sv}, // %-s
    {0x0.0p+0, 's', RPY_FMT_LEFT, 12, -1, "0.0         "sv}, // %-12s
    {0x0.0p+0, 's', RPY_FMT_LEFT, 0, 3, "0.0"sv}, // %-.3s
    {0x0.0p+0, 's', RPY_FMT_LEFT, 15, 2, "0.             "sv}, // %-15.2s
    {0x0.0p+0, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {0x0.0p+0, 's', RPY_FMT_PLUS, 0, -1, "0.0"sv}, // %+s
    {0x0.0p+0, 's', RPY_FMT_PLUS, 12, -1, "         0.0"sv}, // %+12s
    {0x0.0p+0, 's', RPY_FMT_PLUS, 0, 3, "0.0"sv}, // %+.3s
    {0x0.0p+0, 's', RPY_FMT_PLUS, 15, 2, "             0."sv}, // %+15.2s
    {0x0.0p+0, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {0x0.0p+0, 's', RPY_FMT_SPACE, 0, -1, "0.0"sv}, // % s
    {0x0.0p+0, 's', RPY_FMT_SPACE, 12, -1, "         0.0"sv}, // % 12s
    {0x0.0p+0, 's', RPY_FMT_SPACE, 0, 3, "0.0"sv}, // % .3s
    {0x0.0p+0, 's', RPY_FMT_SPACE, 15, 2, "             0."sv}, // % 15.2s
    {0x0.0p+0, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {0x0.0p+0, 's', RPY_FMT_ZERO, 0, -1, "0.0"sv}, // %0s
    {0x0.0p+0, 's', RPY_FMT_ZERO, 12, -1, "         0.0"sv}, // %012s
    {0x0.0p+0, 's', RPY_FMT_ZERO, 0, 3, "0.0"sv}, // %0.3s
    {0x0.0p+0, 's', RPY_FMT_ZERO, 15, 2, "             0."sv}, // %015.2s
    {0x0.0p+0, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {0x0.0p+0, 's', RPY_FMT_ALT, 0, -1, "0.0"sv}, // %#s
    {0x0.0p+0, 's', RPY_FMT_ALT, 12, -1, "         0.0"sv}, // %#12s
    {0x0.0p+0, 's', RPY_FMT_ALT, 0, 3, "0.0"sv}, // %#.3s
    {0x0.0p+0, 's', RPY_FMT_ALT, 15, 2, "             0."sv}, // %#15.2s
    {0x0.0p+0, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {0x0.0p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "0.0"sv}, // %+0s
    {0x0.0p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "         0.0"sv}, // %+012s
    {0x0.0p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "0.0"sv}, // %+0.3s
    {0x0.0p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             0."sv}, // %+015.2s
    {0x0.0p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {0x0.0p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.0"sv}, // %-#s
    {0x0.0p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.0         "sv}, // %-#12s
    {0x0.0p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.0"sv}, // %-#.3s
    {0x0.0p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.             "sv}, // %-#15.2s
    {0x0.0p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {0x0.0p+0, 'r', 0, 0, -1, "0.0"sv}, // %r
    {0x0.0p+0, 'r', 0, 12, -1, "         0.0"sv}, // %12r
    {0x0.0p+0, 'r', 0, 0, 3, "0.0"sv}, // %.3r
    {0x0.0p+0, 'r', 0, 15, 2, "             0."sv}, // %15.2r
    {0x0.0p+0, 'r', 0, 0, 0, ""sv}, // %.0r
    {0x0.0p+0, 'r', RPY_FMT_LEFT, 0, -1, "0.0"sv}, // %-r
    {0x0.0p+0, 'r', RPY_FMT_LEFT, 12, -1, "0.0         "sv}, // %-12r
    {0x0.0p+0, 'r', RPY_FMT_LEFT, 0, 3, "0.0"sv}, // %-.3r
    {0x0.0p+0, 'r', RPY_FMT_LEFT, 15, 2, "0.             "sv}, // %-15.2r
    {0x0.0p+0, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {0x0.0p+0, 'r', RPY_FMT_PLUS, 0, -1, "0.0"sv}, // %+r
    {0x0.0p+0, 'r', RPY_FMT_PLUS, 12, -1, "         0.0"sv}, // %+12r
    {0x0.0p+0, 'r', RPY_FMT_PLUS, 0, 3, "0.0"sv}, // %+.3r
    {0x0.0p+0, 'r', RPY_FMT_PLUS, 15, 2, "             0."sv}, // %+15.2r
    {0x0.0p+0, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {0x0.0p+0, 'r', RPY_FMT_SPACE, 0, -1, "0.0"sv}, // % r
    {0x0.0p+0, 'r', RPY_FMT_SPACE, 12, -1, "         0.0"sv}, // % 12r
    {0x0.0p+0, 'r', RPY_FMT_SPACE, 0, 3, "0.0"sv}, // % .3r
    {0x0.0p+0, 'r', RPY_FMT_SPACE, 15, 2, "             0."sv}, // % 15.2r
    {0x0.0p+0, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {0x0.0p+0, 'r', RPY_FMT_ZERO, 0, -1, "0.0"sv}, // %0r
    {0x0.0p+0, 'r', RPY_FMT_ZERO, 12, -1, "         0.0"sv}, // %012r
    {0x0.0p+0, 'r', RPY_FMT_ZERO, 0, 3, "0.0"sv}, // %0.3r
    {0x0.0p+0, 'r', RPY_FMT_ZERO, 15, 2, "             0."sv}, // %015.2r
    {0x0.0p+0, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {0x0.0p+0, 'r', RPY_FMT_ALT, 0, -1, "0.0"sv}, // %#r
    {0x0.0p+0, 'r', RPY_FMT_ALT, 12, -1, "         0.0"sv}, // %#12r
    {0x0.0p+0, 'r', RPY_FMT_ALT, 0, 3, "0.0"sv}, // %#.3r
    {0x0.0p+0, 'r', RPY_FMT_ALT, 15, 2, "             0."sv}, // %#15.2r
    {0x0.0p+0, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {0x0.0p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "0.0"sv}, // %+0r
    {0x0.0p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "         0.0"sv}, // %+012r
    {0x0.0p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "0.0"sv}, // %+0.3r
    {0x0.0p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             0."sv}, // %+015.2r
    {0x0.0p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {0x0.0p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.0"sv}, // %-#r
    {0x0.0p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.0         "sv}, // %-#12r
    {0x0.0p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.0"sv}, // %-#.3r
    {0x0.0p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.             "sv}, // %-#15.2r
    {0x0.0p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {0x0.0p+0, 'd', 0, 0, -1, "0"sv}, // %d
    {0x0.0p+0, 'd', 0, 12, -1, "           0"sv}, // %12d
    {0x0.0p+0, 'd', 0, 0, 3, "000"sv}, // %.3d
    {0x0.0p+0, 'd', 0, 15, 2, "             00"sv}, // %15.2d
    {0x0.0p+0, 'd', 0, 0, 0, "0"sv}, // %.0d
    {0x0.0p+0, 'd', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-d
    {0x0.0p+0, 'd', RPY_FMT_LEFT, 12, -1, "0           "sv}, // %-12d
    {0x0.0p+0, 'd', RPY_FMT_LEFT, 0, 3, "000"sv}, // %-.3d
    {0x0.0p+0, 'd', RPY_FMT_LEFT, 15, 2, "00             "sv}, // %-15.2d
    {0x0.0p+0, 'd', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0d
    {0x0.0p+0, 'd', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+d
    {0x0.0p+0, 'd', RPY_FMT_PLUS, 12, -1, "          +0"sv}, // %+12d
    {0x0.0p+0, 'd', RPY_FMT_PLUS, 0, 3, "+000"sv}, // %+.3d
    {0x0.0p+0, 'd', RPY_FMT_PLUS, 15, 2, "            +00"sv}, // %+15.2d
    {0x0.0p+0, 'd', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0d
    {0x0.0p+0, 'd', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % d
    {0x0.0p+0, 'd', RPY_FMT_SPACE, 12, -1, "           0"sv}, // % 12d
    {0x0.0p+0, 'd', RPY_FMT_SPACE, 0, 3, " 000"sv}, // % .3d
    {0x0.0p+0, 'd', RPY_FMT_SPACE, 15, 2, "             00"sv}, // % 15.2d
    {0x0.0p+0, 'd', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0d
    {0x0.0p+0, 'd', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0d
    {0x0.0p+0, 'd', RPY_FMT_ZERO, 12, -1, "000000000000"sv}, // %012d
    {0x0.0p+0, 'd', RPY_FMT_ZERO, 0, 3, "000"sv}, // %0.3d
    {0x0.0p+0, 'd', RPY_FMT_ZERO, 15, 2, "000000000000000"sv}, // %015.2d
    {0x0.0p+0, 'd', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0d
    {0x0.0p+0, 'd', RPY_FMT_ALT, 0, -1, "0"sv}, // %#d
    {0x0.0p+0, 'd', RPY_FMT_ALT, 12, -1, "           0"sv}, // %#12d
    {0x0.0p+0, 'd', RPY_FMT_ALT, 0, 3, "000"sv}, // %#.3d
    {0x0.0p+0, 'd', RPY_FMT_ALT, 15, 2, "             00"sv}, // %#15.2d
    {0x0.0p+0, 'd', RPY_FMT_ALT, 0, 0, "0"sv}, // %#.0d
    {0x0.0p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0d
    {0x0.0p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000000"sv}, // %+012d
    {0x0.0p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+000"sv}, // %+0.3d
    {0x0.0p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000000"sv}, // %+015.2d
    {0x0.0p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0d
    {0x0.0p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0"sv}, // %-#d
    {0x0.0p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0           "sv}, // %-#12d
    {0x0.0p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "000"sv}, // %-#.3d
    {0x0.0p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "00             "sv}, // %-#15.2d
    {0x0.0p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0"sv}, // %-#.0d
    {-0x0.0p+0, 'e', 0, 0, -1, "-0.000000e+00"sv}, // %e
    {-0x0.0p+0, 'e', 0, 12, -1, "-0.000000e+00"sv}, // %12e
    {-0x0.0p+0, 'e', 0, 0, 3, "-0.000e+00"sv}, // %.3e
    {-0x0.0p+0, 'e', 0, 15, 2, "      -0.00e+00"sv}, // %15.2e
    {-0x0.0p+0, 'e', 0, 0, 0, "-0e+00"sv}, // %.0e
    {-0x0.0p+0, 'e', RPY_FMT_LEFT, 0, -1, "-0.000000e+00"sv}, // %-e
    {-0x0.0p+0, 'e', RPY_FMT_LEFT, 12, -1, "-0.000000e+00"sv}, // %-12e
    {-0x0.0p+0, 'e', RPY_FMT_LEFT, 0, 3, "-0.000e+00"sv}, // %-.3e
    {-0x0.0p+0, 'e', RPY_FMT_LEFT, 15, 2, "-0.00e+00      "sv}, // %-15.2e
    {-0x0.0p+0, 'e', RPY_FMT_LEFT, 0, 0, "-0e+00"sv}, // %-.0e
    {-0x0.0p+0, 'e', RPY_FMT_PLUS, 0, -1, "-0.000000e+00"sv}, // %+e
    {-0x0.0p+0, 'e', RPY_FMT_PLUS, 12, -1, "-0.000000e+00"sv}, // %+12e
    {-0x0.0p+0, 'e', RPY_FMT_PLUS, 0, 3, "-0.000e+00"sv}, // %+.3e
    {-0x0.0p+0, 'e', RPY_FMT_PLUS, 15, 2, "      -0.00e+00"sv}, // %+15.2e
    {-0x0.0p+0, 'e', RPY_FMT_PLUS, 0, 0, "-0e+00"sv}, // %+.0e
    {-0x0.0p+0, 'e', RPY_FMT_SPACE, 0, -1, "-0.000000e+00"sv}, // % e
    {-0x0.0p+0, 'e', RPY_FMT_SPACE, 12, -1, "-0.000000e+00"sv}, // % 12e
    {-0x0.0p+0, 'e', RPY_FMT_SPACE, 0, 3, "-0.000e+00"sv}, // % .3e
    {-0x0.0p+0, 'e', RPY_FMT_SPACE, 15, 2, "      -0.00e+00"sv}, // % 15.2e
    {-0x0.0p+0, 'e', RPY_FMT_SPACE, 0, 0, "-0e+00"sv}, // % .0e
    {-0x0.0p+0, 'e', RPY_FMT_ZERO, 0, -1, "-0.000000e+00"sv}, // %0e
    {-0x0.0p+0, 'e', RPY_FMT_ZERO, 12, -1, "-0.000000e+00"sv}, // %012e
    {-0x0.0p+0, 'e', RPY_FMT_ZERO, 0, 3, "-0.000e+00"sv}, // %0.3e
    {-0x0.0p+0, 'e', RPY_FMT_ZERO, 15, 2, "-0000000.00e+00"sv}, // %015.2e
    {-0x0.0p+0, 'e', RPY_FMT_ZERO, 0, 0, "-0e+00"sv}, // %0.0e
    {-0x0.0p+0, 'e', RPY_FMT_ALT, 0, -1, "-0.000000e+00"sv}, // %#e
    {-0x0.0p+0, 'e', RPY_FMT_ALT, 12, -1, "-0.000000e+00"sv}, // %#12e
    {-0x0.0p+0, 'e', RPY_FMT_ALT, 0, 3, "-0.000e+00"sv}, // %#.3e
    {-0x0.0p+0, 'e', RPY_FMT_ALT, 15, 2, "      -0.00e+00"sv}, // %#15.2e
    {-0x0.0p+0, 'e', RPY_FMT_ALT, 0, 0, "-0.e+00"sv}, // %#.0e
    {-0x0.0p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.000000e+00"sv}, // %+0e
    {-0x0.0p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-0.000000e+00"sv}, // %+012e
    {-0x0.0p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0.000e+00"sv}, // %+0.3e
    {-0x0.0p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-0000000.00e+00"sv}, // %+015.2e
    {-0x0.0p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-0e+00"sv}, // %+0.0e
    {-0x0.0p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.000000e+00"sv}, // %-#e
    {-0x0.0p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.000000e+00"sv}, // %-#12e
    {-0x0.0p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0.000e+00"sv}, // %-#.3e
    {-0x0.0p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0.00e+00      "sv}, // %-#15.2e
    {-0x0.0p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0.e+00"sv}, // %-#.0e
    {-0x0.0p+0, 'E', 0, 0, -1, "-0.000000E+00"sv}, // %E
    {-0x0.0p+0, 'E', 0, 12, -1, "-0.000000E+00"sv}, // %12E
    {-0x0.0p+0, 'E', 0, 0, 3, "-0.000E+00"sv}, // %.3E
    {-0x0.0p+0, 'E', 0, 15, 2, "      -0.00E+00"sv}, // %15.2E
    {-0x0.0p+0, 'E', 0, 0, 0, "-0E+00"sv}, // %.0E
    {-0x0.0p+0, 'E', RPY_FMT_LEFT, 0, -1, "-0.000000E+00"sv}, // %-E
    {-0x0.0p+0, 'E', RPY_FMT_LEFT, 12, -1, "-0.000000E+00"sv}, // %-12E
    {-0x0.0p+0, 'E', RPY_FMT_LEFT, 0, 3, "-0.000E+00"sv}, // %-.3E
    {-0x0.0p+0, 'E', RPY_FMT_LEFT, 15, 2, "-0.00E+00      "sv}, // %-15.2E
    {-0x0.0p+0, 'E', RPY_FMT_LEFT, 0, 0, "-0E+00"sv}, // %-.0E
    {-0x0.0p+0, 'E', RPY_FMT_PLUS, 0, -1, "-0.000000E+00"sv}, // %+E
    {-0x0.0p+0, 'E', RPY_FMT_PLUS, 12, -1, "-0.000000E+00"sv}, // %+12E
    {-0x0.0p+0, 'E', RPY_FMT_PLUS, 0, 3, "-0.000E+00"sv}, // %+.3E
    {-0x0.0p+0, 'E', RPY_FMT_PLUS, 15, 2, "      -0.00E+00"sv}, // %+15.2E
    {-0x0.0p+0, 'E', RPY_FMT_PLUS, 0, 0, "-0E+00"sv}, // %+.0E
    {-0x0.0p+0, 'E', RPY_FMT_SPACE, 0, -1, "-0.000000E+00"sv}, // % E
    {-0x0.0p+0, 'E', RPY_FMT_SPACE, 12, -1, "-0.000000E+00"sv}, // % 12E
    {-0x0.0p+0, 'E', RPY_FMT_SPACE, 0, 3, "-0.000E+00"sv}, // % .3E
    {-0x0.0p+0, 'E', RPY_FMT_SPACE, 15, 2, "      -0.00E+00"sv}, // % 15.2E
    {-0x0.0p+0, 'E', RPY_FMT_SPACE, 0, 0, "-0E+00"sv}, // % .0E
    {-0x0.0p+0, 'E', RPY_FMT_ZERO, 0, -1, "-0.000000E+00"sv}, // %0E
    {-0x0.0p+0, 'E', RPY_FMT_ZERO, 12, -1, "-0.000000E+00"sv}, // %012E
    {-0x0.0p+0, 'E', RPY_FMT_ZERO, 0, 3, "-0.000E+00"sv}, // %0.3E
    {-0x0.0p+0, 'E', RPY_FMT_ZERO, 15, 2, "-0000000.00E+00"sv}, // %015.2E
    {-0x0.0p+0, 'E', RPY_FMT_ZERO, 0, 0, "-0E+00"sv}, // %0.0E
    {-0x0.0p+0, 'E', RPY_FMT_ALT, 0, -1, "-0.000000E+00"sv}, // %#E
    {-0x0.0p+0, 'E', RPY_FMT_ALT, 12, -1, "-0.000000E+00"sv}, // %#12E
    {-0x0.0p+0, 'E', RPY_FMT_ALT, 0, 3, "-0.000E+00"sv}, // %#.3E
    {-0x0.0p+0, 'E', RPY_FMT_ALT, 15, 2, "      -0.00E+00"sv}, // %#15.2E
    {-0x0.0p+0, 'E', RPY_FMT_ALT, 0, 0, "-0.E+00"sv}, // %#.0E
    {-0x0.0p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.000000E+00"sv}, // %+0E
    {-0x0.0p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-0.000000E+00"sv}, // %+012E
    {-0x0.0p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0.000E+00"sv}, // %+0.3E
    {-0x0.0p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-0000000.00E+00"sv}, // %+015.2E
    {-0x0.0p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-0E+00"sv}, // %+0.0E
    {-0x0.0p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.000000E+00"sv}, // %-#E
    {-0x0.0p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.000000E+00"sv}, // %-#12E
    {-0x0.0p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0.000E+00"sv}, // %-#.3E
    {-0x0.0p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0.00E+00      "sv}, // %-#15.2E
    {-0x0.0p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0.E+00"sv}, // %-#.0E
    {-0x0.0p+0, 'f', 0, 0, -1, "-0.000000"sv}, // %f
    {-0x0.0p+0, 'f', 0, 12, -1, "   -0.000000"sv}, // %12f
    {-0x0.0p+0, 'f', 0, 0, 3, "-0.000"sv}, // %.3f
    {-0x0.0p+0, 'f', 0, 15, 2, "          -0.00"sv}, // %15.2f
    {-0x0.0p+0, 'f', 0, 0, 0, "-0"sv}, // %.0f
    {-0x0.0p+0, 'f', RPY_FMT_LEFT, 0, -1, "-0.000000"sv}, // %-f
    {-0x0.0p+0, 'f', RPY_FMT_LEFT, 12, -1, "-0.000000   "sv}, // %-12f
    {-0x0.0p+0, 'f', RPY_FMT_LEFT, 0, 3, "-0.000"sv}, // %-.3f
    {-0x0.0p+0, 'f', RPY_FMT_LEFT, 15, 2, "-0.00          "sv}, // %-15.2f
    {-0x0.0p+0, 'f', RPY_FMT_LEFT, 0, 0, "-0"sv}, // %-.0f
    {-0x0.0p+0, 'f', RPY_FMT_PLUS, 0, -1, "-0.000000"sv}, // %+f
    {-0x0.0p+0, 'f', RPY_FMT_PLUS, 12, -1, "   -0.000000"sv}, // %+12f
    {-0x0.0p+0, 'f', RPY_FMT_PLUS, 0, 3, "-0.000"sv}, // %+.3f
    {-0x0.0p+0, 'f', RPY_FMT_PLUS, 15, 2, "          -0.00"sv}, // %+15.2f
    {-0x0.0p+0, 'f', RPY_FMT_PLUS, 0, 0, "-0"sv}, // %+.0f
    {-0x0.0p+0, 'f', RPY_FMT_SPACE, 0, -1, "-0.000000"sv}, // % f
    {-0x0.0p+0, 'f', RPY_FMT_SPACE, 12, -1, "   -0.000000"sv}, // % 12f
    {-0x0.0p+0, 'f', RPY_FMT_SPACE, 0, 3, "-0.000"sv}, // % .3f
    {-0x0.0p+0, 'f', RPY_FMT_SPACE, 15, 2, "          -0.00"sv}, // % 15.2f
    {-0x0.0p+0, 'f', RPY_FMT_SPACE, 0, 0, "-0"sv}, // % .0f
    {-0x0.0p+0, 'f', RPY_FMT_ZERO, 0, -1, "-0.000000"sv}, // %0f
    {-0x0.0p+0, 'f', RPY_FMT_ZERO, 12, -1, "-0000.000000"sv}, // %012f
    {-0x0.0p+0, 'f', RPY_FMT_ZERO, 0, 3, "-0.000"sv}, // %0.3f
    {-0x0.0p+0, 'f', RPY_FMT_ZERO, 15, 2, "-00000000000.00"sv}, // %015.2f
    {-0x0.0p+0, 'f', RPY_FMT_ZERO, 0, 0, "-0"sv}, // %0.0f
    {-0x0.0p+0, 'f', RPY_FMT_ALT, 0, -1, "-0.000000"sv}, // %#f
    {-0x0.0p+0, 'f', RPY_FMT_ALT, 12, -1, "   -0.000000"sv}, // %#12f
    {-0x0.0p+0, 'f', RPY_FMT_ALT, 0, 3, "-0.000"sv}, // %#.3f
    {-0x0.0p+0, 'f', RPY_FMT_ALT, 15, 2, "          -0.00"sv}, // %#15.2f
    {-0x0.0p+0, 'f', RPY_FMT_ALT, 0, 0, "-0."sv}, // %#.0f
    {-0x0.0p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.000000"sv}, // %+0f
    {-0x0.0p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-0000.000000"sv}, // %+012f
    {-0x0.0p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0.000"sv}, // %+0.3f
    {-0x0.0p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000.00"sv}, // %+015.2f
    {-0x0.0p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-0"sv}, // %+0.0f
    {-0x0.0p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.000000"sv}, // %-#f
    {-0x0.0p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.000000   "sv}, // %-#12f
    {-0x0.0p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0.000"sv}, // %-#.3f
    {-0x0.0p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0.00          "sv}, // %-#15.2f
    {-0x0.0p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0."sv}, // %-#.0f
    {-0x0.0p+0, 'F', 0, 0, -1, "-0.000000"sv}, // %F
    {-0x0.0p+0, 'F', 0, 12, -1, "   -0.000000"sv}, // %12F
    {-0x0.0p+0, 'F', 0, 0, 3, "-0.000"sv}, // %.3F
    {-0x0.0p+0, 'F', 0, 15, 2, "          -0.00"sv}, // %15.2F
    {-0x0.0p+0, 'F', 0, 0, 0, "-0"sv}, // %.0F
    {-0x0.0p+0, 'F', RPY_FMT_LEFT, 0, -1, "-0.000000"sv}, // %-F
    {-0x0.0p+0, 'F', RPY_FMT_LEFT, 12, -1, "-0.000000   "sv}, // %-12F
    {-0x0.0p+0, 'F', RPY_FMT_LEFT, 0, 3, "-0.000"sv}, // %-.3F
    {-0x0.0p+0, 'F', RPY_FMT_LEFT, 15, 2, "-0.00          "sv}, // %-15.2F
    {-0x0.0p+0, 'F', RPY_FMT_LEFT, 0, 0, "-0"sv}, // %-.0F
    {-0x0.0p+0, 'F', RPY_FMT_PLUS, 0, -1, "-0.000000"sv}, // %+F
    {-0x0.0p+0, 'F', RPY_FMT_PLUS, 12, -1, "   -0.000000"sv}, // %+12F
    {-0x0.0p+0, 'F', RPY_FMT_PLUS, 0, 3, "-0.000"sv}, // %+.3F
    {-0x0.0p+0, 'F', RPY_FMT_PLUS, 15, 2, "          -0.00"sv}, // %+15.2F
    {-0x0.0p+0, 'F', RPY_FMT_PLUS, 0, 0, "-0"sv}, // %+.0F
    {-0x0.0p+0, 'F', RPY_FMT_SPACE, 0, -1, "-0.000000"sv}, // % F
    {-0x0.0p+0, 'F', RPY_FMT_SPACE, 12, -1, "   -0.000000"sv}, // % 12F
    {-0x0.0p+0, 'F', RPY_FMT_SPACE, 0, 3, "-0.000"sv}, // % .3F
    {-0x0.0p+0, 'F', RPY_FMT_SPACE, 15, 2, "          -0.00"sv}, // % 15.2F
    {-0x0.0p+0, 'F', RPY_FMT_SPACE, 0, 0, "-0"sv}, // % .0F
    {-0x0.0p+0, 'F', RPY_FMT_ZERO, 0, -1, "-0.000000"sv}, // %0F
    {-0x0.0p+0, 'F', RPY_FMT_ZERO, 12, -1, "-0000.000000"sv}, // %012F
    {-0x0.0p+0, 'F', RPY_FMT_ZERO, 0, 3, "-0.000"sv}, // %0.3F
    {-0x0.0p+0, 'F', RPY_FMT_ZERO, 15, 2, "-00000000000.00"sv}, // %015.2F
    {-0x0.0p+0, 'F', RPY_FMT_ZERO, 0, 0, "-0"sv}, // %0.0F
    {-0x0.0p+0, 'F', RPY_FMT_ALT, 0, -1, "-0.000000"sv}, // %#F
    {-0x0.0p+0, 'F', RPY_FMT_ALT, 12, -1, "   -0.000000"sv}, // %#12F
    {-0x0.0p+0, 'F', RPY_FMT_ALT, 0, 3, "-0.000"sv}, // %#.3F
    {-0x0.0p+0, 'F', RPY_FMT_ALT, 15, 2, "          -0.00"sv}, // %#15.2F
    {-0x0.0p+0, 'F', RPY_FMT_ALT, 0, 0, "-0."sv}, // %#.0F
    {-0x0.0p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.000000"sv}, // %+0F
    {-0x0.0p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-0000.000000"sv}, // %+012F
    {-0x0.0p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0.000"sv}, // %+0.3F
    {-0x0.0p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000.00"sv}, // %+015.2F
    {-0x0.0p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-0"sv}, // %+0.0F
    {-0x0.0p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.000000"sv}, // %-#F
    {-0x0.0p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.000000   "sv}, // %-#12F
    {-0x0.0p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0.000"sv}, // %-#.3F
    {-0x0.0p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0.00          "sv}, // %-#15.2F
    {-0x0.0p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0."sv}, // %-#.0F
    {-0x0.0p+0, 'g', 0, 0, -1, "-0"sv}, // %g
    {-0x0.0p+0, 'g', 0, 12, -1, "          -0"sv}, // %12g
    {-0x0.0p+0, 'g', 0, 0, 3, "-0"sv}, // %.3g
    {-0x0.0p+0, 'g', 0, 15, 2, "             -0"sv}, // %15.2g
    {-0x0.0p+0, 'g', 0, 0, 0, "-0"sv}, // %.0g
    {-0x0.0p+0, 'g', RPY_FMT_LEFT, 0, -1, "-0"sv}, // %-g
    {-0x0.0p+0, 'g', RPY_FMT_LEFT, 12, -1, "-0          "sv}, // %-12g
    {-0x0.0p+0, 'g', RPY_FMT_LEFT, 0, 3, "-0"sv}, // %-.3g
    {-0x0.0p+0, 'g', RPY_FMT_LEFT, 15, 2, "-0             "sv}, // %-15.2g
    {-0x0.0p+0, 'g', RPY_FMT_LEFT, 0, 0, "-0"sv}, // %-.0g
    {-0x0.0p+0, 'g', RPY_FMT_PLUS, 0, -1, "-0"sv}, // %+g
    {-0x0.0p+0, 'g', RPY_FMT_PLUS, 12, -1, "          -0"sv}, // %+12g
    {-0x0.0p+0, 'g', RPY_FMT_PLUS, 0, 3, "-0"sv}, // %+.3g
    {-0x0.0p+0, 'g', RPY_FMT_PLUS, 15, 2, "             -0"sv}, // %+15.2g
    {-0x0.0p+0, 'g', RPY_FMT_PLUS, 0, 0, "-0"sv}, // %+.0g
    {-0x0.0p+0, 'g', RPY_FMT_SPACE, 0, -1, "-0"sv}, // % g
    {-0x0.0p+0, 'g', RPY_FMT_SPACE, 12, -1, "          -0"sv}, // % 12g
    {-0x0.0p+0, 'g', RPY_FMT_SPACE, 0, 3, "-0"sv}, // % .3g
    {-0x0.0p+0, 'g', RPY_FMT_SPACE, 15, 2, "             -0"sv}, // % 15.2g
    {-0x0.0p+0, 'g', RPY_FMT_SPACE, 0, 0, "-0"sv}, // % .0g
    {-0x0.0p+0, 'g', RPY_FMT_ZERO, 0, -1, "-0"sv}, // %0g
    {-0x0.0p+0, 'g', RPY_FMT_ZERO, 12, -1, "-00000000000"sv}, // %012g
    {-0x0.0p+0, 'g', RPY_FMT_ZERO, 0, 3, "-0"sv}, // %0.3g
    {-0x0.0p+0, 'g', RPY_FMT_ZERO, 15, 2, "-00000000000000"sv}, // %015.2g
    {-0x0.0p+0, 'g', RPY_FMT_ZERO, 0, 0, "-0"sv}, // %0.0g
    {-0x0.0p+0, 'g', RPY_FMT_ALT, 0, -1, "-0.00000"sv}, // %#g
    {-0x0.0p+0, 'g', RPY_FMT_ALT, 12, -1, "    -0.00000"sv}, // %#12g
    {-0x0.0p+0, 'g', RPY_FMT_ALT, 0, 3, "-0.00"sv}, // %#.3g
    {-0x0.0p+0, 'g', RPY_FMT_ALT, 15, 2, "           -0.0"sv}, // %#15.2g
    {-0x0.0p+0, 'g', RPY_FMT_ALT, 0, 0, "-0."sv}, // %#.0g
    {-0x0.0p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0"sv}, // %+0g
    {-0x0.0p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-00000000000"sv}, // %+012g
    {-0x0.0p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0"sv}, // %+0.3g
    {-0x0.0p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000000"sv}, // %+015.2g
    {-0x0.0p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-0"sv}, // %+0.0g
    {-0x0.0p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.00000"sv}, // %-#g
    {-0x0.0p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.00000    "sv}, // %-#12g
    {-0x0.0p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0.00"sv}, // %-#.3g
    {-0x0.0p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0.0           "sv}, // %-#15.2g
    {-0x0.0p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0."sv}, // %-#.0g
    {-0x0.0p+0, 'G', 0, 0, -1, "-0"sv}, // %G
    {-0x0.0p+0, 'G', 0, 12, -1, "          -0"sv}, // %12G
    {-0x0.0p+0, 'G', 0, 0, 3, "-0"sv}, // %.3G
    {-0x0.0p+0, 'G', 0, 15, 2, "             -0"sv}, // %15.2G
    {-0x0.0p+0, 'G', 0, 0, 0, "-0"sv}, // %.0G
    {-0x0.0p+0, 'G', RPY_FMT_LEFT, 0, -1, "-0"sv}, // %-G
    {-0x0.0p+0, 'G', RPY_FMT_LEFT, 12, -1, "-0          "sv}, // %-12G
    {-0x0.0p+0, 'G', RPY_FMT_LEFT, 0, 3, "-0"sv}, // %-.3G
    {-0x0.0p+0, 'G', RPY_FMT_LEFT, 15, 2, "-0             "sv}, // %-15.2G
    {-0x0.0p+0, 'G', RPY_FMT_LEFT, 0, 0, "-0"sv}, // %-.0G
    {-0x0.0p+0, 'G', RPY_FMT_PLUS, 0, -1, "-0"sv}, // %+G
    {-0x0.0p+0, 'G', RPY_FMT_PLUS, 12, -1, "          -0"sv}, // %+12G
    {-0x0.0p+0, 'G', RPY_FMT_PLUS, 0, 3, "-0"sv}, // %+.3G
    {-0x0.0p+0, 'G', RPY_FMT_PLUS, 15, 2, "             -0"sv}, // %+15.2G
    {-0x0.0p+0, 'G', RPY_FMT_PLUS, 0, 0, "-0"sv}, // %+.0G
    {-0x0.0p+0, 'G', RPY_FMT_SPACE, 0, -1, "-0"sv}, // % G
    {-0x0.0p+0, 'G', RPY_FMT_SPACE, 12, -1, "          -0"sv}, // % 12G
    {-0x0.0p+0, 'G', RPY_FMT_SPACE, 0, 3, "-0"sv}, // % .3G
    {-0x0.0p+0, 'G', RPY_FMT_SPACE, 15, 2, "             -0"sv}, // % 15.2G
    {-0x0.0p+0, 'G', RPY_FMT_SPACE, 0, 0, "-0"sv}, // % .0G
    {-0x0.0p+0, 'G', RPY_FMT_ZERO, 0, -1, "-0"sv}, // %0G
    {-0x0.0p+0, 'G', RPY_FMT_ZERO, 12, -1, "-00000000000"sv}, // %012G
    {-0x0.0p+0, 'G', RPY_FMT_ZERO, 0, 3, "-0"sv}, // %0.3G
    {-0x0.0p+0, 'G', RPY_FMT_ZERO, 15, 2, "-00000000000000"sv}, // %015.2G
    {-0x0.0p+0, 'G', RPY_FMT_ZERO, 0, 0, "-0"sv}, // %0.0G
    {-0x0.0p+0, 'G', RPY_FMT_ALT, 0, -1, "-0.00000"sv}, // %#G
    {-0x0.0p+0, 'G', RPY_FMT_ALT, 12, -1, "    -0.00000"sv}, // %#12G
    {-0x0.0p+0, 'G', RPY_FMT_ALT, 0, 3, "-0.00"sv}, // %#.3G
    {-0x0.0p+0, 'G', RPY_FMT_ALT, 15, 2, "           -0.0"sv}, // %#15.2G
    {-0x0.0p+0, 'G', RPY_FMT_ALT, 0, 0, "-0."sv}, // %#.0G
    {-0x0.0p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0"sv}, // %+0G
    {-0x0.0p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-00000000000"sv}, // %+012G
    {-0x0.0p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0"sv}, // %+0.3G
    {-0x0.0p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000000"sv}, // %+015.2G
    {-0x0.0p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-0"sv}, // %+0.0G
    {-0x0.0p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.00000"sv}, // %-#G
    {-0x0.0p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.00000    "sv}, // %-#12G
    {-0x0.0p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0.00"sv}, // %-#.3G
    {-0x0.0p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0.0           "sv}, // %-#15.2G
    {-0x0.0p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0."sv}, // %-#.0G
    {-0x0.0p+0, 's', 0, 0, -1, "-0.0"sv}, // %s
    {-0x0.0p+0, 's', 0, 12, -1, "        -0.0"sv}, // %12s
    {-0x0.0p+0, 's', 0, 0, 3, "-0."sv}, // %.3s
    {-0x0.0p+0, 's', 0, 15, 2, "             -0"sv}, // %15.2s
    {-0x0.0p+0, 's', 0, 0, 0, ""sv}, // %.0s
    {-0x0.0p+0, 's', RPY_FMT_LEFT, 0, -1, "-0.0"sv}, // %-s
    {-0x0.0p+0, 's', RPY_FMT_LEFT, 12, -1, "-0.0        "sv}, // %-12s
    {-0x0.0p+0, 's', RPY_FMT_LEFT, 0, 3, "-0."sv}, // %-.3s
    {-0x0.0p+0, 's', RPY_FMT_LEFT, 15, 2, "-0             "sv}, // %-15.2s
    {-0x0.0p+0, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {-0x0.0p+0, 's', RPY_FMT_PLUS, 0, -1, "-0.0"sv}, // %+s
    {-0x0.0p+0, 's', RPY_FMT_PLUS, 12, -1, "        -0.0"sv}, // %+12s
    {-0x0.0p+0, 's', RPY_FMT_PLUS, 0, 3, "-0."sv}, // %+.3s
    {-0x0.0p+0, 's', RPY_FMT_PLUS, 15, 2, "             -0"sv}, // %+15.2s
    {-0x0.0p+0, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {-0x0.0p+0, 's', RPY_FMT_SPACE, 0, -1, "-0.0"sv}, // % s
    {-0x0.0p+0, 's', RPY_FMT_SPACE, 12, -1, "        -0.0"sv}, // % 12s
    {-0x0.0p+0, 's', RPY_FMT_SPACE, 0, 3, "-0."sv}, // % .3s
    {-0x0.0p+0, 's', RPY_FMT_SPACE, 15, 2, "             -0"sv}, // % 15.2s
    {-0x0.0p+0, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {-0x0.0p+0, 's', RPY_FMT_ZERO, 0, -1, "-0.0"sv}, // %0s
    {-0x0.0p+0, 's', RPY_FMT_ZERO, 12, -1, "        -0.0"sv}, // %012s
    {-0x0.0p+0, 's', RPY_FMT_ZERO, 0, 3, "-0."sv}, // %0.3s
    {-0x0.0p+0, 's', RPY_FMT_ZERO, 15, 2, "             -0"sv}, // %015.2s
    {-0x0.0p+0, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {-0x0.0p+0, 's', RPY_FMT_ALT, 0, -1, "-0.0"sv}, // %#s
    {-0x0.0p+0, 's', RPY_FMT_ALT, 12, -1, "        -0.0"sv}, // %#12s
    {-0x0.0p+0, 's', RPY_FMT_ALT, 0, 3, "-0."sv}, // %#.3s
    {-0x0.0p+0, 's', RPY_FMT_ALT, 15, 2, "             -0"sv}, // %#15.2s
    {-0x0.0p+0, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {-0x0.0p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.0"sv}, // %+0s
    {-0x0.0p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "        -0.0"sv}, // %+012s
    {-0x0.0p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0."sv}, // %+0.3s
    {-0x0.0p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             -0"sv}, // %+015.2s
    {-0x0.0p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {-0x0.0p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.0"sv}, // %-#s
    {-0x0.0p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.0        "sv}, // %-#12s
    {-0x0.0p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0."sv}, // %-#.3s
    {-0x0.0p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0             "sv}, // %-#15.2s
    {-0x0.0p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {-0x0.0p+0, 'r', 0, 0, -1, "-0.0"sv}, // %r
    {-0x0.0p+0, 'r', 0, 12, -1, "        -0.0"sv}, // %12r
    {-0x0.0p+0, 'r', 0, 0, 3, "-0."sv}, // %.3r
    {-0x0.0p+0, 'r', 0, 15, 2, "             -0"sv}, // %15.2r
    {-0x0.0p+0, 'r', 0, 0, 0, ""sv}, // %.0r
    {-0x0.0p+0, 'r', RPY_FMT_LEFT, 0, -1, "-0.0"sv}, // %-r
    {-0x0.0p+0, 'r', RPY_FMT_LEFT, 12, -1, "-0.0        "sv}, // %-12r
    {-0x0.0p+0, 'r', RPY_FMT_LEFT, 0, 3, "-0."sv}, // %-.3r
    {-0x0.0p+0, 'r', RPY_FMT_LEFT, 15, 2, "-0             "sv}, // %-15.2r
    {-0x0.0p+0, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {-0x0.0p+0, 'r', RPY_FMT_PLUS, 0, -1, "-0.0"sv}, // %+r
    {-0x0.0p+0, 'r', RPY_FMT_PLUS, 12, -1, "        -0.0"sv}, // %+12r
    {-0x0.0p+0, 'r', RPY_FMT_PLUS, 0, 3, "-0."sv}, // %+.3r
    {-0x0.0p+0, 'r', RPY_FMT_PLUS, 15, 2, "             -0"sv}, // %+15.2r
    {-0x0.0p+0, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {-0x0.0p+0, 'r', RPY_FMT_SPACE, 0, -1, "-0.0"sv}, // % r
    {-0x0.0p+0, 'r', RPY_FMT_SPACE, 12, -1, "        -0.0"sv}, // % 12r
    {-0x0.0p+0, 'r', RPY_FMT_SPACE, 0, 3, "-0."sv}, // % .3r
    {-0x0.0p+0, 'r', RPY_FMT_SPACE, 15, 2, "             -0"sv}, // % 15.2r
    {-0x0.0p+0, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {-0x0.0p+0, 'r', RPY_FMT_ZERO, 0, -1, "-0.0"sv}, // %0r
    {-0x0.0p+0, 'r', RPY_FMT_ZERO, 12, -1, "        -0.0"sv}, // %012r
    {-0x0.0p+0, 'r', RPY_FMT_ZERO, 0, 3, "-0."sv}, // %0.3r
    {-0x0.0p+0, 'r', RPY_FMT_ZERO, 15, 2, "             -0"sv}, // %015.2r
    {-0x0.0p+0, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {-0x0.0p+0, 'r', RPY_FMT_ALT, 0, -1, "-0.0"sv}, // %#r
    {-0x0.0p+0, 'r', RPY_FMT_ALT, 12, -1, "        -0.0"sv}, // %#12r
    {-0x0.0p+0, 'r', RPY_FMT_ALT, 0, 3, "-0."sv}, // %#.3r
    {-0x0.0p+0, 'r', RPY_FMT_ALT, 15, 2, "             -0"sv}, // %#15.2r
    {-0x0.0p+0, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {-0x0.0p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.0"sv}, // %+0r
    {-0x0.0p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "        -0.0"sv}, // %+012r
    {-0x0.0p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0."sv}, // %+0.3r
    {-0x0.0p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             -0"sv}, // %+015.2r
    {-0x0.0p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {-0x0.0p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.0"sv}, // %-#r
    {-0x0.0p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.0        "sv}, // %-#12r
    {-0x0.0p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0."sv}, // %-#.3r
    {-0x0.0p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0             "sv}, // %-#15.2r
    {-0x0.0p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {-0x0.0p+0, 'd', 0, 0, -1, "0"sv}, // %d
    {-0x0.0p+0, 'd', 0, 12, -1, "           0"sv}, // %12d
    {-0x0.0p+0, 'd', 0, 0, 3, "000"sv}, // %.3d
    {-0x0.0p+0, 'd', 0, 15, 2, "             00"sv}, // %15.2d
    {-0x0.0p+0, 'd', 0, 0, 0, "0"sv}, // %.0d
    {-0x0.0p+0, 'd', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-d
    {-0x0.0p+0, 'd', RPY_FMT_LEFT, 12, -1, "0           "sv}, // %-12d
    {-0x0.0p+0, 'd', RPY_FMT_LEFT, 0, 3, "000"sv}, // %-.3d
    {-0x0.0p+0, 'd', RPY_FMT_LEFT, 15, 2, "00             "sv}, // %-15.2d
    {-0x0.0p+0, 'd', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0d
    {-0x0.0p+0, 'd', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+d
    {-0x0.0p+0, 'd', RPY_FMT_PLUS, 12, -1, "          +0"sv}, // %+12d
    {-0x0.0p+0, 'd', RPY_FMT_PLUS, 0, 3, "+000"sv}, // %+.3d
    {-0x0.0p+0, 'd', RPY_FMT_PLUS, 15, 2, "            +00"sv}, // %+15.2d
    {-0x0.0p+0, 'd', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0d
    {-0x0.0p+0, 'd', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % d
    {-0x0.0p+0, 'd', RPY_FMT_SPACE, 12, -1, "           0"sv}, // % 12d
    {-0x0.0p+0, 'd', RPY_FMT_SPACE, 0, 3, " 000"sv}, // % .3d
    {-0x0.0p+0, 'd', RPY_FMT_SPACE, 15, 2, "             00"sv}, // % 15.2d
    {-0x0.0p+0, 'd', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0d
    {-0x0.0p+0, 'd', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0d
    {-0x0.0p+0, 'd', RPY_FMT_ZERO, 12, -1, "000000000000"sv}, // %012d
    {-0x0.0p+0, 'd', RPY_FMT_ZERO, 0, 3, "000"sv}, // %0.3d
    {-0x0.0p+0, 'd', RPY_FMT_ZERO, 15, 2, "000000000000000"sv}, // %015.2d
    {-0x0.0p+0, 'd', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0d
    {-0x0.0p+0, 'd', RPY_FMT_ALT, 0, -1, "0"sv}, // %#d
    {-0x0.0p+0, 'd', RPY_FMT_ALT, 12, -1, "           0"sv}, // %#12d
    {-0x0.0p+0, 'd', RPY_FMT_ALT, 0, 3, "000"sv}, // %#.3d
    {-0x0.0p+0, 'd', RPY_FMT_ALT, 15, 2, "             00"sv}, // %#15.2d
    {-0x0.0p+0, 'd', RPY_FMT_ALT, 0, 0, "0"sv}, // %#.0d
    {-0x0.0p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0d
    {-0x0.0p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000000"sv}, // %+012d
    {-0x0.0p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+000"sv}, // %+0.3d
    {-0x0.0p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000000"sv}, // %+015.2d
    {-0x0.0p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0d
    {-0x0.0p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0"sv}, // %-#d
    {-0x0.0p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0           "sv}, // %-#12d
    {-0x0.0p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "000"sv}, // %-#.3d
    {-0x0.0p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "00             "sv}, // %-#15.2d
    {-0x0.0p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0"sv}, // %-#.0d
    {0x1.8000000000000p+0, 'e', 0, 0, -1, "1.500000e+00"sv}, // %e
    {0x1.8000000000000p+0, 'e', 0, 12, -1, "1.500000e+00"sv}, // %12e
    {0x1.8000000000000p+0, 'e', 0, 0, 3, "1.500e+00"sv}, // %.3e
    {0x1.8000000000000p+0, 'e', 0, 15, 2, "       1.50e+00"sv}, // %15.2e
    {0x1.8000000000000p+0, 'e', 0, 0, 0, "2e+00"sv}, // %.0e
    {0x1.8000000000000p+0, 'e', RPY_FMT_LEFT, 0, -1, "1.500000e+00"sv}, // %-e
    {0x1.8000000000000p+0, 'e', RPY_FMT_LEFT, 12, -1, "1.500000e+00"sv}, // %-12e
    {0x1.8000000000000p+0, 'e', RPY_FMT_LEFT, 0, 3, "1.500e+00"sv}, // %-.3e
    {0x1.8000000000000p+0, 'e', RPY_FMT_LEFT, 15, 2, "1.50e+00       "sv}, // %-15.2e
    {0x1.8000000000000p+0, 'e', RPY_FMT_LEFT, 0, 0, "2e+00"sv}, // %-.0e
    {0x1.8000000000000p+0, 'e', RPY_FMT_PLUS, 0, -1, "+1.500000e+00"sv}, // %+e
    {0x1.8000000000000p+0, 'e', RPY_FMT_PLUS, 12, -1, "+1.500000e+00"sv}, // %+12e
    {0x1.8000000000000p+0, 'e', RPY_FMT_PLUS, 0, 3, "+1.500e+00"sv}, // %+.3e
    {0x1.8000000000000p+0, 'e', RPY_FMT_PLUS, 15, 2, "      +1.50e+00"sv}, // %+15.2e
    {0x1.8000000000000p+0, 'e', RPY_FMT_PLUS, 0, 0, "+2e+00"sv}, // %+.0e
    {0x1.8000000000000p+0, 'e', RPY_FMT_SPACE, 0, -1, " 1.500000e+00"sv}, // % e
    {0x1.8000000000000p+0, 'e', RPY_FMT_SPACE, 12, -1, " 1.500000e+00"sv}, // % 12e
    {0x1.8000000000000p+0, 'e', RPY_FMT_SPACE, 0, 3, " 1.500e+00"sv}, // % .3e
    {0x1.8000000000000p+0, 'e', RPY_FMT_SPACE, 15, 2, "       1.50e+00"sv}, // % 15.2e
    {0x1.8000000000000p+0, 'e', RPY_FMT_SPACE, 0, 0, " 2e+00"sv}, // % .0e
    {0x1.8000000000000p+0, 'e', RPY_FMT_ZERO, 0, -1, "1.500000e+00"sv}, // %0e
    {0x1.8000000000000p+0, 'e', RPY_FMT_ZERO, 12, -1, "1.500000e+00"sv}, // %012e
    {0x1.8000000000000p+0, 'e', RPY_FMT_ZERO, 0, 3, "1.500e+00"sv}, // %0.3e
    {0x1.8000000000000p+0, 'e', RPY_FMT_ZERO, 15, 2, "00000001.50e+00"sv}, // %015.2e
    {0x1.8000000000000p+0, 'e', RPY_FMT_ZERO, 0, 0, "2e+00"sv}, // %0.0e
    {0x1.8000000000000p+0, 'e', RPY_FMT_ALT, 0, -1, "1.500000e+00"sv}, // %#e
    {0x1.8000000000000p+0, 'e', RPY_FMT_ALT, 12, -1, "1.500000e+00"sv}, // %#12e
    {0x1.8000000000000p+0, 'e', RPY_FMT_ALT, 0, 3, "1.500e+00"sv}, // %#.3e
    {0x1.8000000000000p+0, 'e', RPY_FMT_ALT, 15, 2, "       1.50e+00"sv}, // %#15.2e
    {0x1.8000000000000p+0, 'e', RPY_FMT_ALT, 0, 0, "2.e+00"sv}, // %#.0e
    {0x1.8000000000000p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.500000e+00"sv}, // %+0e
    {0x1.8000000000000p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.500000e+00"sv}, // %+012e
    {0x1.8000000000000p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.500e+00"sv}, // %+0.3e
    {0x1.8000000000000p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000001.50e+00"sv}, // %+015.2e
    {0x1.8000000000000p+0, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+2e+00"sv}, // %+0.0e
    {0x1.8000000000000p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.500000e+00"sv}, // %-#e
    {0x1.8000000000000p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.500000e+00"sv}, // %-#12e
    {0x1.8000000000000p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.500e+00"sv}, // %-#.3e
    {0x1.8000000000000p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.50e+00       "sv}, // %-#15.2e
    {0x1.8000000000000p+0, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "2.e+00"sv}, // %-#.0e
    {0x1.8000000000000p+0, 'E', 0, 0, -1, "1.500000E+00"sv}, // %E
    {0x1.8000000000000p+0, 'E', 0, 12, -1, "1.500000E+00"sv}, // %12E
    {0x1.8000000000000p+0, 'E', 0, 0, 3, "1.500E+00"sv}, // %.3E
    {0x1.8000000000000p+0, 'E', 0, 15, 2, "       1.50E+00"sv}, // %15.2E
    {0x1.8000000000000p+0, 'E', 0, 0, 0, "2E+00"sv}, // %.0E
    {0x1.8000000000000p+0, 'E', RPY_FMT_LEFT, 0, -1, "1.500000E+00"sv}, // %-E
    {0x1.8000000000000p+0, 'E', RPY_FMT_LEFT, 12, -1, "1.500000E+00"sv}, // %-12E
    {0x1.8000000000000p+0, 'E', RPY_FMT_LEFT, 0, 3, "1.500E+00"sv}, // %-.3E
    {0x1.8000000000000p+0, 'E', RPY_FMT_LEFT, 15, 2, "1.50E+00       "sv}, // %-15.2E
    {0x1.8000000000000p+0, 'E', RPY_FMT_LEFT, 0, 0, "2E+00"sv}, // %-.0E
    {0x1.8000000000000p+0, 'E', RPY_FMT_PLUS, 0, -1, "+1.500000E+00"sv}, // %+E
    {0x1.8000000000000p+0, 'E', RPY_FMT_PLUS, 12, -1, "+1.500000E+00"sv}, // %+12E
    {0x1.8000000000000p+0, 'E', RPY_FMT_PLUS, 0, 3, "+1.500E+00"sv}, // %+.3E
    {0x1.8000000000000p+0, 'E', RPY_FMT_PLUS, 15, 2, "      +1.50E+00"sv}, // %+15.2E
    {0x1.8000000000000p+0, 'E', RPY_FMT_PLUS, 0, 0, "+2E+00"sv}, // %+.0E
    {0x1.8000000000000p+0, 'E', RPY_FMT_SPACE, 0, -1, " 1.500000E+00"sv}, // % E
    {0x1.8000000000000p+0, 'E', RPY_FMT_SPACE, 12, -1, " 1.500000E+00"sv}, // % 12E
    {0x1.8000000000000p+0, 'E', RPY_FMT_SPACE, 0, 3, " 1.500E+00"sv}, // % .3E
    {0x1.8000000000000p+0, 'E', RPY_FMT_SPACE, 15, 2, "       1.50E+00"sv}, // % 15.2E
    {0x1.8000000000000p+0, 'E', RPY_FMT_SPACE, 0, 0, " 2E+00"sv}, // % .0E
    {0x1.8000000000000p+0, 'E', RPY_FMT_ZERO, 0, -1, "1.500000E+00"sv}, // %0E
    {0x1.8000000000000p+0, 'E', RPY_FMT_ZERO, 12, -1, "1.500000E+00"sv}, // %012E
    {0x1.8000000000000p+0, 'E', RPY_FMT_ZERO, 0, 3, "1.500E+00"sv}, // %0.3E
    {0x1.8000000000000p+0, 'E', RPY_FMT_ZERO, 15, 2, "00000001.50E+00"sv}, // %015.2E
    {0x1.8000000000000p+0, 'E', RPY_FMT_ZERO, 0, 0, "2E+00"sv}, // %0.0E
    {0x1.8000000000000p+0, 'E', RPY_FMT_ALT, 0, -1, "1.500000E+00"sv}, // %#E
    {0x1.8000000000000p+0, 'E', RPY_FMT_ALT, 12, -1, "1.500000E+00"sv}, // %#12E
    {0x1.8000000000000p+0, 'E', RPY_FMT_ALT, 0, 3, "1.500E+00"sv}, // %#.3E
    {0x1.8000000000000p+0, 'E', RPY_FMT_ALT, 15, 2, "       1.50E+00"sv}, // %#15.2E
    {0x1.8000000000000p+0, 'E', RPY_FMT_ALT, 0, 0, "2.E+00"sv}, // %#.0E
    {0x1.8000000000000p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.500000E+00"sv}, // %+0E
    {0x1.8000000000000p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.500000E+00"sv}, // %+012E
    {0x1.8000000000000p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.500E+00"sv}, // %+0.3E
    {0x1.8000000000000p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000001.50E+00"sv}, // %+015.2E
    {0x1.8000000000000p+0, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+2E+00"sv}, // %+0.0E
    {0x1.8000000000000p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.500000E+00"sv}, // %-#E
    {0x1.8000000000000p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.500000E+00"sv}, // %-#12E
    {0x1.8000000000000p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.500E+00"sv}, // %-#.3E
    {0x1.8000000000000p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.50E+00       "sv}, // %-#15.2E
    {0x1.8000000000000p+0, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "2.E+00"sv}, // %-#.0E
    {0x1.8000000000000p+0, 'f', 0, 0, -1, "1.500000"sv}, // %f
    {0x1.8000000000000p+0, 'f', 0, 12, -1, "    1.500000"sv}, // %12f
    {0x1.8000000000000p+0, 'f', 0, 0, 3, "1.500"sv}, // %.3f
    {0x1.8000000000000p+0, 'f', 0, 15, 2, "           1.50"sv}, // %15.2f
    {0x1.8000000000000p+0, 'f', 0, 0, 0, "2"sv}, // %.0f
    {0x1.8000000000000p+0, 'f', RPY_FMT_LEFT, 0, -1, "1.500000"sv}, // %-f
    {0x1.8000000000000p+0, 'f', RPY_FMT_LEFT, 12, -1, "1.500000    "sv}, // %-12f
    {0x1.8000000000000p+0, 'f', RPY_FMT_LEFT, 0, 3, "1.500"sv}, // %-.3f
    {0x1.8000000000000p+0, 'f', RPY_FMT_LEFT, 15, 2, "1.50           "sv}, // %-15.2f
    {0x1.8000000000000p+0, 'f', RPY_FMT_LEFT, 0, 0, "2"sv}, // %-.0f
    {0x1.8000000000000p+0, 'f', RPY_FMT_PLUS, 0, -1, "+1.500000"sv}, // %+f
    {0x1.8000000000000p+0, 'f', RPY_FMT_PLUS, 12, -1, "   +1.500000"sv}, // %+12f
    {0x1.8000000000000p+0, 'f', RPY_FMT_PLUS, 0, 3, "+1.500"sv}, // %+.3f
    {0x1.8000000000000p+0, 'f', RPY_FMT_PLUS, 15, 2, "          +1.50"sv}, // %+15.2f
    {0x1.8000000000000p+0, 'f', RPY_FMT_PLUS, 0, 0, "+2"sv}, // %+.0f
    {0x1.8000000000000p+0, 'f', RPY_FMT_SPACE, 0, -1, " 1.500000"sv}, // % f
    {0x1.8000000000000p+0, 'f', RPY_FMT_SPACE, 12, -1, "    1.500000"sv}, // % 12f
    {0x1.8000000000000p+0, 'f', RPY_FMT_SPACE, 0, 3, " 1.500"sv}, // % .3f
    {0x1.8000000000000p+0, 'f', RPY_FMT_SPACE, 15, 2, "           1.50"sv}, // % 15.2f
    {0x1.8000000000000p+0, 'f', RPY_FMT_SPACE, 0, 0, " 2"sv}, // % .0f
    {0x1.8000000000000p+0, 'f', RPY_FMT_ZERO, 0, -1, "1.500000"sv}, // %0f
    {0x1.8000000000000p+0, 'f', RPY_FMT_ZERO, 12, -1, "00001.500000"sv}, // %012f
    {0x1.8000000000000p+0, 'f', RPY_FMT_ZERO, 0, 3, "1.500"sv}, // %0.3f
    {0x1.8000000000000p+0, 'f', RPY_FMT_ZERO, 15, 2, "000000000001.50"sv}, // %015.2f
    {0x1.8000000000000p+0, 'f', RPY_FMT_ZERO, 0, 0, "2"sv}, // %0.0f
    {0x1.8000000000000p+0, 'f', RPY_FMT_ALT, 0, -1, "1.500000"sv}, // %#f
    {0x1.8000000000000p+0, 'f', RPY_FMT_ALT, 12, -1, "    1.500000"sv}, // %#12f
    {0x1.8000000000000p+0, 'f', RPY_FMT_ALT, 0, 3, "1.500"sv}, // %#.3f
    {0x1.8000000000000p+0, 'f', RPY_FMT_ALT, 15, 2, "           1.50"sv}, // %#15.2f
    {0x1.8000000000000p+0, 'f', RPY_FMT_ALT, 0, 0, "2."sv}, // %#.0f
    {0x1.8000000000000p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.500000"sv}, // %+0f
    {0x1.8000000000000p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0001.500000"sv}, // %+012f
    {0x1.8000000000000p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.500"sv}, // %+0.3f
    {0x1.8000000000000p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000001.50"sv}, // %+015.2f
    {0x1.8000000000000p+0, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+2"sv}, // %+0.0f
    {0x1.8000000000000p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.500000"sv}, // %-#f
    {0x1.8000000000000p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.500000    "sv}, // %-#12f
    {0x1.8000000000000p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.500"sv}, // %-#.3f
    {0x1.8000000000000p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.50           "sv}, // %-#15.2f
    {0x1.8000000000000p+0, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "2."sv}, // %-#.0f
    {0x1.8000000000000p+0, 'F', 0, 0, -1, "1.500000"sv}, // %F
    {0x1.8000000000000p+0, 'F', 0, 12, -1, "    1.500000"sv}, // %12F
    {0x1.8000000000000p+0, 'F', 0, 0, 3, "1.500"sv}, // %.3F
    {0x1.8000000000000p+0, 'F', 0, 15, 2, "           1.50"sv}, // %15.2F
    {0x1.8000000000000p+0, 'F', 0, 0, 0, "2"sv}, // %.0F
    {0x1.8000000000000p+0, 'F', RPY_FMT_LEFT, 0, -1, "1.500000"sv}, // %-F
    {0x1.8000000000000p+0, 'F', RPY_FMT_LEFT, 12, -1, "1.500000    "sv}, // %-12F
    {0x1.8000000000000p+0, 'F', RPY_FMT_LEFT, 0, 3, "1.500"sv}, // %-.3F
    {0x1.8000000000000p+0, 'F', RPY_FMT_LEFT, 15, 2, "1.50           "sv}, // %-15.2F
    {0x1.8000000000000p+0, 'F', RPY_FMT_LEFT, 0, 0, "2"sv}, // %-.0F
    {0x1.8000000000000p+0, 'F', RPY_FMT_PLUS, 0, -1, "+1.500000"sv}, // %+F
    {0x1.8000000000000p+0, 'F', RPY_FMT_PLUS, 12, -1, "   +1.500000"sv}, // %+12F
    {0x1.8000000000000p+0, 'F', RPY_FMT_PLUS, 0, 3, "+1.500"sv}, // %+.3F
    {0x1.8000000000000p+0, 'F', RPY_FMT_PLUS, 15, 2, "          +1.50"sv}, // %+15.2F
    {0x1.8000000000000p+0, 'F', RPY_FMT_PLUS, 0, 0, "+2"sv}, // %+.0F
    {0x1.8000000000000p+0, 'F', RPY_FMT_SPACE, 0, -1, " 1.500000"sv}, // % F
    {0x1.8000000000000p+0, 'F', RPY_FMT_SPACE, 12, -1, "    1.500000"sv}, // % 12F
    {0x1.8000000000000p+0, 'F', RPY_FMT_SPACE, 0, 3, " 1.500"sv}, // % .3F
    {0x1.8000000000000p+0, 'F', RPY_FMT_SPACE, 15, 2, "           1.50"sv}, // % 15.2F
    {0x1.8000000000000p+0, 'F', RPY_FMT_SPACE, 0, 0, " 2"sv}, // % .0F
    {0x1.8000000000000p+0, 'F', RPY_FMT_ZERO, 0, -1, "1.500000"sv}, // %0F
    {0x1.8000000000000p+0, 'F', RPY_FMT_ZERO, 12, -1, "00001.500000"sv}, // %012F
    {0x1.8000000000000p+0, 'F', RPY_FMT_ZERO, 0, 3, "1.500"sv}, // %0.3F
    {0x1.8000000000000p+0, 'F', RPY_FMT_ZERO, 15, 2, "000000000001.50"sv}, // %015.2F
    {0x1.8000000000000p+0, 'F', RPY_FMT_ZERO, 0, 0, "2"sv}, // %0.0F
    {0x1.8000000000000p+0, 'F', RPY_FMT_ALT, 0, -1, "1.500000"sv}, // %#F
    {0x1.8000000000000p+0, 'F', RPY_FMT_ALT, 12, -1, "    1.500000"sv}, // %#12F
    {0x1.8000000000000p+0, 'F', RPY_FMT_ALT, 0, 3, "1.500"sv}, // %#.3F
    {0x1.8000000000000p+0, 'F', RPY_FMT_ALT, 15, 2, "           1.50"sv}, // %#15.2F
    {0x1.8000000000000p+0, 'F', RPY_FMT_ALT, 0, 0, "2."sv}, // %#.0F
    {0x1.8000000000000p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.500000"sv}, // %+0F
    {0x1.8000000000000p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0001.500000"sv}, // %+012F
    {0x1.8000000000000p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.500"sv}, // %+0.3F
    {0x1.8000000000000p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000001.50"sv}, // %+015.2F
    {0x1.8000000000000p+0, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+2"sv}, // %+0.0F
    {0x1.8000000000000p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.500000"sv}, // %-#F
    {0x1.8000000000000p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.500000    "sv}, // %-#12F
    {0x1.8000000000000p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.500"sv}, // %-#.3F
    {0x1.8000000000000p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.50           "sv}, // %-#15.2F
    {0x1.8000000000000p+0, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "2."sv}, // %-#.0F
    {0x1.8000000000000p+0, 'g', 0, 0, -1, "1.5"sv}, // %g
    {0x1.8000000000000p+0, 'g', 0, 12, -1, "         1.5"sv}, // %12g
    {0x1.8000000000000p+0, 'g', 0, 0, 3, "1.5"sv}, // %.3g
    {0x1.8000000000000p+0, 'g', 0, 15, 2, "            1.5"sv}, // %15.2g
    {0x1.8000000000000p+0, 'g', 0, 0, 0, "2"sv}, // %.0g
    {0x1.8000000000000p+0, 'g', RPY_FMT_LEFT, 0, -1, "1.5"sv}, // %-g
    {0x1.8000000000000p+0, 'g', RPY_FMT_LEFT, 12, -1, "1.5         "sv}, // %-12g
    {0x1.8000000000000p+0, 'g', RPY_FMT_LEFT, 0, 3, "1.5"sv}, // %-.3g
    {0x1.8000000000000p+0, 'g', RPY_FMT_LEFT, 15, 2, "1.5            "sv}, // %-15.2g
    {0x1.8000000000000p+0, 'g', RPY_FMT_LEFT, 0, 0, "2"sv}, // %-.0g
    {0x1.8000000000000p+0, 'g', RPY_FMT_PLUS, 0, -1, "+1.5"sv}, // %+g
    {0x1.8000000000000p+0, 'g', RPY_FMT_PLUS, 12, -1, "        +1.5"sv}, // %+12g
    {0x1.8000000000000p+0, 'g', RPY_FMT_PLUS, 0, 3, "+1.5"sv}, // %+.3g
    {0x1.8000000000000p+0, 'g', RPY_FMT_PLUS, 15, 2, "           +1.5"sv}, // %+15.2g
    {0x1.8000000000000p+0, 'g', RPY_FMT_PLUS, 0, 0, "+2"sv}, // %+.0g
    {0x1.8000000000000p+0, 'g', RPY_FMT_SPACE, 0, -1, " 1.5"sv}, // % g
    {0x1.8000000000000p+0, 'g', RPY_FMT_SPACE, 12, -1, "         1.5"sv}, // % 12g
    {0x1.8000000000000p+0, 'g', RPY_FMT_SPACE, 0, 3, " 1.5"sv}, // % .3g
    {0x1.8000000000000p+0, 'g', RPY_FMT_SPACE, 15, 2, "            1.5"sv}, // % 15.2g
    {0x1.8000000000000p+0, 'g', RPY_FMT_SPACE, 0, 0, " 2"sv}, // % .0g
    {0x1.8000000000000p+0, 'g', RPY_FMT_ZERO, 0, -1, "1.5"sv}, // %0g
    {0x1.8000000000000p+0, 'g', RPY_FMT_ZERO, 12, -1, "0000000001.5"sv}, // %012g
    {0x1.8000000000000p+0, 'g', RPY_FMT_ZERO, 0, 3, "1.5"sv}, // %0.3g
    {0x1.8000000000000p+0, 'g', RPY_FMT_ZERO, 15, 2, "0000000000001.5"sv}, // %015.2g
    {0x1.8000000000000p+0, 'g', RPY_FMT_ZERO, 0, 0, "2"sv}, // %0.0g
    {0x1.8000000000000p+0, 'g', RPY_FMT_ALT, 0, -1, "1.50000"sv}, // %#g
    {0x1.8000000000000p+0, 'g', RPY_FMT_ALT, 12, -1, "     1.50000"sv}, // %#12g
    {0x1.8000000000000p+0, 'g', RPY_FMT_ALT, 0, 3, "1.50"sv}, // %#.3g
    {0x1.8000000000000p+0, 'g', RPY_FMT_ALT, 15, 2, "            1.5"sv}, // %#15.2g
    {0x1.8000000000000p+0, 'g', RPY_FMT_ALT, 0, 0, "2."sv}, // %#.0g
    {0x1.8000000000000p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.5"sv}, // %+0g
    {0x1.8000000000000p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+000000001.5"sv}, // %+012g
    {0x1.8000000000000p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.5"sv}, // %+0.3g
    {0x1.8000000000000p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+000000000001.5"sv}, // %+015.2g
    {0x1.8000000000000p+0, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+2"sv}, // %+0.0g
    {0x1.8000000000000p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.50000"sv}, // %-#g
    {0x1.8000000000000p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.50000     "sv}, // %-#12g
    {0x1.8000000000000p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.50"sv}, // %-#.3g
    {0x1.8000000000000p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.5            "sv}, // %-#15.2g
    {0x1.8000000000000p+0, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "2."sv}, // %-#.0g
    {0x1.8000000000000p+0, 'G', 0, 0, -1, "1.5"sv}, // %G
    {0x1.8000000000000p+0, 'G', 0, 12, -1, "         1.5"sv}, // %12G
    {0x1.8000000000000p+0, 'G', 0, 0, 3, "1.5"sv}, // %.3G
    {0x1.8000000000000p+0, 'G', 0, 15, 2, "            1.5"sv}, // %15.2G
    {0x1.8000000000000p+0, 'G', 0, 0, 0, "2"sv}, // %.0G
    {0x1.8000000000000p+0, 'G', RPY_FMT_LEFT, 0, -1, "1.5"sv}, // %-G
    {0x1.8000000000000p+0, 'G', RPY_FMT_LEFT, 12, -1, "1.5         "sv}, // %-12G
    {0x1.8000000000000p+0, 'G', RPY_FMT_LEFT, 0, 3, "1.5"sv}, // %-.3G
    {0x1.8000000000000p+0, 'G', RPY_FMT_LEFT, 15, 2, "1.5            "sv}, // %-15.2G
    {0x1.8000000000000p+0, 'G', RPY_FMT_LEFT, 0, 0, "2"sv}, // %-.0G
    {0x1.8000000000000p+0, 'G', RPY_FMT_PLUS, 0, -1, "+1.5"sv}, // %+G
    {0x1.8000000000000p+0, 'G', RPY_FMT_PLUS, 12, -1, "        +1.5"sv}, // %+12G
    {0x1.8000000000000p+0, 'G', RPY_FMT_PLUS, 0, 3, "+1.5"sv}, // %+.3G
    {0x1.8000000000000p+0, 'G', RPY_FMT_PLUS, 15, 2, "           +1.5"sv}, // %+15.2G
    {0x1.8000000000000p+0, 'G', RPY_FMT_PLUS, 0, 0, "+2"sv}, // %+.0G
    {0x1.8000000000000p+0, 'G', RPY_FMT_SPACE, 0, -1, " 1.5"sv}, // % G
    {0x1.8000000000000p+0, 'G', RPY_FMT_SPACE, 12, -1, "         1.5"sv}, // % 12G
    {0x1.8000000000000p+0, 'G', RPY_FMT_SPACE, 0, 3, " 1.5"sv}, // % .3G
    {0x1.8000000000000p+0, 'G', RPY_FMT_SPACE, 15, 2, "            1.5"sv}, // % 15.2G
    {0x1.8000000000000p+0, 'G', RPY_FMT_SPACE, 0, 0, " 2"sv}, // % .0G
    {0x1.8000000000000p+0, 'G', RPY_FMT_ZERO, 0, -1, "1.5"sv}, // %0G
    {0x1.8000000000000p+0, 'G', RPY_FMT_ZERO, 12, -1, "0000000001.5"sv}, // %012G
    {0x1.8000000000000p+0, 'G', RPY_FMT_ZERO, 0, 3, "1.5"sv}, // %0.3G
    {0x1.8000000000000p+0, 'G', RPY_FMT_ZERO, 15, 2, "0000000000001.5"sv}, // %015.2G
    {0x1.8000000000000p+0, 'G', RPY_FMT_ZERO, 0, 0, "2"sv}, // %0.0G
    {0x1.8000000000000p+0, 'G', RPY_FMT_ALT, 0, -1, "1.50000"sv}, // %#G
    {0x1.8000000000000p+0, 'G', RPY_FMT_ALT, 12, -1, "     1.50000"sv}, // %#12G
    {0x1.8000000000000p+0, 'G', RPY_FMT_ALT, 0, 3, "1.50"sv}, // %#.3G
    {0x1.8000000000000p+0, 'G', RPY_FMT_ALT, 15, 2, "            1.5"sv}, // %#15.2G
    {0x1.8000000000000p+0, 'G', RPY_FMT_ALT, 0, 0, "2."sv}, // %#.0G
    {0x1.8000000000000p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.5"sv}, // %+0G
    {0x1.8000000000000p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+000000001.5"sv}, // %+012G
    {0x1.8000000000000p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.5"sv}, // %+0.3G
    {0x1.8000000000000p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+000000000001.5"sv}, // %+015.2G
    {0x1.8000000000000p+0, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+2"sv}, // %+0.0G
    {0x1.8000000000000p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.50000"sv}, // %-#G
    {0x1.8000000000000p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.50000     "sv}, // %-#12G
    {0x1.8000000000000p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.50"sv}, // %-#.3G
    {0x1.8000000000000p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.5            "sv}, // %-#15.2G
    {0x1.8000000000000p+0, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "2."sv}, // %-#.0G
    {0x1.8000000000000p+0, 's', 0, 0, -1, "1.5"sv}, // %s
    {0x1.8000000000000p+0, 's', 0, 12, -1, "         1.5"sv}, // %12s
    {0x1.8000000000000p+0, 's', 0, 0, 3, "1.5"sv}, // %.3s
    {0x1.8000000000000p+0, 's', 0, 15, 2, "             1."sv}, // %15.2s
    {0x1.8000000000000p+0, 's', 0, 0, 0, ""sv}, // %.0s
    {0x1.8000000000000p+0, 's', RPY_FMT_LEFT, 0, -1, "1.5"sv}, // %-s
    {0x1.8000000000000p+0, 's', RPY_FMT_LEFT, 12, -1, "1.5         "sv}, // %-12s
    {0x1.8000000000000p+0, 's', RPY_FMT_LEFT, 0, 3, "1.5"sv}, // %-.3s
    {0x1.8000000000000p+0, 's', RPY_FMT_LEFT, 15, 2, "1.             "sv}, // %-15.2s
    {0x1.8000000000000p+0, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {0x1.8000000000000p+0, 's', RPY_FMT_PLUS, 0, -1, "1.5"sv}, // %+s
    {0x1.8000000000000p+0, 's', RPY_FMT_PLUS, 12, -1, "         1.5"sv}, // %+12s
    {0x1.8000000000000p+0, 's', RPY_FMT_PLUS, 0, 3, "1.5"sv}, // %+.3s
    {0x1.8000000000000p+0, 's', RPY_FMT_PLUS, 15, 2, "             1."sv}, // %+15.2s
    {0x1.8000000000000p+0, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {0x1.8000000000000p+0, 's', RPY_FMT_SPACE, 0, -1, "1.5"sv}, // % s
    {0x1.8000000000000p+0, 's', RPY_FMT_SPACE, 12, -1, "         1.5"sv}, // % 12s
    {0x1.8000000000000p+0, 's', RPY_FMT_SPACE, 0, 3, "1.5"sv}, // % .3s
    {0x1.8000000000000p+0, 's', RPY_FMT_SPACE, 15, 2, "             1."sv}, // % 15.2s
    {0x1.8000000000000p+0, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {0x1.8000000000000p+0, 's', RPY_FMT_ZERO, 0, -1, "1.5"sv}, // %0s
    {0x1.8000000000000p+0, 's', RPY_FMT_ZERO, 12, -1, "         1.5"sv}, // %012s
    {0x1.8000000000000p+0, 's', RPY_FMT_ZERO, 0, 3, "1.5"sv}, // %0.3s
    {0x1.8000000000000p+0, 's', RPY_FMT_ZERO, 15, 2, "             1."sv}, // %015.2s
    {0x1.8000000000000p+0, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {0x1.8000000000000p+0, 's', RPY_FMT_ALT, 0, -1, "1.5"sv}, // %#s
    {0x1.8000000000000p+0, 's', RPY_FMT_ALT, 12, -1, "         1.5"sv}, // %#12s
    {0x1.8000000000000p+0, 's', RPY_FMT_ALT, 0, 3, "1.5"sv}, // %#.3s
    {0x1.8000000000000p+0, 's', RPY_FMT_ALT, 15, 2, "             1."sv}, // %#15.2s
    {0x1.8000000000000p+0, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {0x1.8000000000000p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "1.5"sv}, // %+0s
    {0x1.8000000000000p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "         1.5"sv}, // %+012s
    {0x1.8000000000000p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "1.5"sv}, // %+0.3s
    {0x1.8000000000000p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             1."sv}, // %+015.2s
    {0x1.8000000000000p+0, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {0x1.8000000000000p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.5"sv}, // %-#s
    {0x1.8000000000000p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.5         "sv}, // %-#12s
    {0x1.8000000000000p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.5"sv}, // %-#.3s
    {0x1.8000000000000p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.             "sv}, // %-#15.2s
    {0x1.8000000000000p+0, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {0x1.8000000000000p+0, 'r', 0, 0, -1, "1.5"sv}, // %r
    {0x1.8000000000000p+0, 'r', 0, 12, -1, "         1.5"sv}, // %12r
    {0x1.8000000000000p+0, 'r', 0, 0, 3, "1.5"sv}, // %.3r
    {0x1.8000000000000p+0, 'r', 0, 15, 2, "             1."sv}, // %15.2r
    {0x1.8000000000000p+0, 'r', 0, 0, 0, ""sv}, // %.0r
    {0x1.8000000000000p+0, 'r', RPY_FMT_LEFT, 0, -1, "1.5"sv}, // %-r
    {0x1.8000000000000p+0, 'r', RPY_FMT_LEFT, 12, -1, "1.5         "sv}, // %-12r
    {0x1.8000000000000p+0, 'r', RPY_FMT_LEFT, 0, 3, "1.5"sv}, // %-.3r
    {0x1.8000000000000p+0, 'r', RPY_FMT_LEFT, 15, 2, "1.             "sv}, // %-15.2r
    {0x1.8000000000000p+0, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {0x1.8000000000000p+0, 'r', RPY_FMT_PLUS, 0, -1, "1.5"sv}, // %+r
    {0x1.8000000000000p+0, 'r', RPY_FMT_PLUS, 12, -1, "         1.5"sv}, // %+12r
    {0x1.8000000000000p+0, 'r', RPY_FMT_PLUS, 0, 3, "1.5"sv}, // %+.3r
    {0x1.8000000000000p+0, 'r', RPY_FMT_PLUS, 15, 2, "             1."sv}, // %+15.2r
    {0x1.8000000000000p+0, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {0x1.8000000000000p+0, 'r', RPY_FMT_SPACE, 0, -1, "1.5"sv}, // % r
    {0x1.8000000000000p+0, 'r', RPY_FMT_SPACE, 12, -1, "         1.5"sv}, // % 12r
    {0x1.8000000000000p+0, 'r', RPY_FMT_SPACE, 0, 3, "1.5"sv}, // % .3r
    {0x1.8000000000000p+0, 'r', RPY_FMT_SPACE, 15, 2, "             1."sv}, // % 15.2r
    {0x1.8000000000000p+0, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {0x1.8000000000000p+0, 'r', RPY_FMT_ZERO, 0, -1, "1.5"sv}, // %0r
    {0x1.8000000000000p+0, 'r', RPY_FMT_ZERO, 12, -1, "         1.5"sv}, // %012r
    {0x1.8000000000000p+0, 'r', RPY_FMT_ZERO, 0, 3, "1.5"sv}, // %0.3r
    {0x1.8000000000000p+0, 'r', RPY_FMT_ZERO, 15, 2, "             1."sv}, // %015.2r
    {0x1.8000000000000p+0, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {0x1.8000000000000p+0, 'r', RPY_FMT_ALT, 0, -1, "1.5"sv}, // %#r
    {0x1.8000000000000p+0, 'r', RPY_FMT_ALT, 12, -1, "         1.5"sv}, // %#12r
    {0x1.8000000000000p+0, 'r', RPY_FMT_ALT, 0, 3, "1.5"sv}, // %#.3r
    {0x1.8000000000000p+0, 'r', RPY_FMT_ALT, 15, 2, "             1."sv}, // %#15.2r
    {0x1.8000000000000p+0, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {0x1.8000000000000p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "1.5"sv}, // %+0r
    {0x1.8000000000000p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "         1.5"sv}, // %+012r
    {0x1.8000000000000p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "1.5"sv}, // %+0.3r
    {0x1.8000000000000p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             1."sv}, // %+015.2r
    {0x1.8000000000000p+0, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {0x1.8000000000000p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.5"sv}, // %-#r
    {0x1.8000000000000p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.5         "sv}, // %-#12r
    {0x1.8000000000000p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.5"sv}, // %-#.3r
    {0x1.8000000000000p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.             "sv}, // %-#15.2r
    {0x1.8000000000000p+0, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {0x1.8000000000000p+0, 'd', 0, 0, -1, "1"sv}, // %d
    {0x1.8000000000000p+0, 'd', 0, 12, -1, "           1"sv}, // %12d
    {0x1.8000000000000p+0, 'd', 0, 0, 3, "001"sv}, // %.3d
    {0x1.8000000000000p+0, 'd', 0, 15, 2, "             01"sv}, // %15.2d
    {0x1.8000000000000p+0, 'd', 0, 0, 0, "1"sv}, // %.0d
    {0x1.8000000000000p+0, 'd', RPY_FMT_LEFT, 0, -1, "1"sv}, // %-d
    {0x1.8000000000000p+0, 'd', RPY_FMT_LEFT, 12, -1, "1           "sv}, // %-12d
    {0x1.8000000000000p+0, 'd', RPY_FMT_LEFT, 0, 3, "001"sv}, // %-.3d
    {0x1.8000000000000p+0, 'd', RPY_FMT_LEFT, 15, 2, "01             "sv}, // %-15.2d
    {0x1.8000000000000p+0, 'd', RPY_FMT_LEFT, 0, 0, "1"sv}, // %-.0d
    {0x1.8000000000000p+0, 'd', RPY_FMT_PLUS, 0, -1, "+1"sv}, // %+d
    {0x1.8000000000000p+0, 'd', RPY_FMT_PLUS, 12, -1, "          +1"sv}, // %+12d
    {0x1.8000000000000p+0, 'd', RPY_FMT_PLUS, 0, 3, "+001"sv}, // %+.3d
    {0x1.8000000000000p+0, 'd', RPY_FMT_PLUS, 15, 2, "            +01"sv}, // %+15.2d
    {0x1.8000000000000p+0, 'd', RPY_FMT_PLUS, 0, 0, "+1"sv}, // %+.0d
    {0x1.8000000000000p+0, 'd', RPY_FMT_SPACE, 0, -1, " 1"sv}, // % d
    {0x1.8000000000000p+0, 'd', RPY_FMT_SPACE, 12, -1, "           1"sv}, // % 12d
    {0x1.8000000000000p+0, 'd', RPY_FMT_SPACE, 0, 3, " 001"sv}, // % .3d
    {0x1.8000000000000p+0, 'd', RPY_FMT_SPACE, 15, 2, "             01"sv}, // % 15.2d
    {0x1.8000000000000p+0, 'd', RPY_FMT_SPACE, 0, 0, " 1"sv}, // % .0d
    {0x1.8000000000000p+0, 'd', RPY_FMT_ZERO, 0, -1, "1"sv}, // %0d
    {0x1.8000000000000p+0, 'd', RPY_FMT_ZERO, 12, -1, "000000000001"sv}, // %012d
    {0x1.8000000000000p+0, 'd', RPY_FMT_ZERO, 0, 3, "001"sv}, // %0.3d
    {0x1.8000000000000p+0, 'd', RPY_FMT_ZERO, 15, 2, "000000000000001"sv}, // %015.2d
    {0x1.8000000000000p+0, 'd', RPY_FMT_ZERO, 0, 0, "1"sv}, // %0.0d
    {0x1.8000000000000p+0, 'd', RPY_FMT_ALT, 0, -1, "1"sv}, // %#d
    {0x1.8000000000000p+0, 'd', RPY_FMT_ALT, 12, -1, "           1"sv}, // %#12d
    {0x1.8000000000000p+0, 'd', RPY_FMT_ALT, 0, 3, "001"sv}, // %#.3d
    {0x1.8000000000000p+0, 'd', RPY_FMT_ALT, 15, 2, "             01"sv}, // %#15.2d
    {0x1.8000000000000p+0, 'd', RPY_FMT_ALT, 0, 0, "1"sv}, // %#.0d
    {0x1.8000000000000p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1"sv}, // %+0d
    {0x1.8000000000000p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000001"sv}, // %+012d
    {0x1.8000000000000p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+001"sv}, // %+0.3d
    {0x1.8000000000000p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000001"sv}, // %+015.2d
    {0x1.8000000000000p+0, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1"sv}, // %+0.0d
    {0x1.8000000000000p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1"sv}, // %-#d
    {0x1.8000000000000p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1           "sv}, // %-#12d
    {0x1.8000000000000p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "001"sv}, // %-#.3d
    {0x1.8000000000000p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "01             "sv}, // %-#15.2d
    {0x1.8000000000000p+0, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1"sv}, // %-#.0d
    {-0x1.4000000000000p+1, 'e', 0, 0, -1, "-2.500000e+00"sv}, // %e
    {-0x1.4000000000000p+1, 'e', 0, 12, -1, "-2.500000e+00"sv}, // %12e
    {-0x1.4000000000000p+1, 'e', 0, 0, 3, "-2.500e+00"sv}, // %.3e
    {-0x1.4000000000000p+1, 'e', 0, 15, 2, "      -2.50e+00"sv}, // %15.2e
    {-0x1.4000000000000p+1, 'e', 0, 0, 0, "-2e+00"sv}, // %.0e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_LEFT, 0, -1, "-2.500000e+00"sv}, // %-e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_LEFT, 12, -1, "-2.500000e+00"sv}, // %-12e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_LEFT, 0, 3, "-2.500e+00"sv}, // %-.3e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_LEFT, 15, 2, "-2.50e+00      "sv}, // %-15.2e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_LEFT, 0, 0, "-2e+00"sv}, // %-.0e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_PLUS, 0, -1, "-2.500000e+00"sv}, // %+e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_PLUS, 12, -1, "-2.500000e+00"sv}, // %+12e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_PLUS, 0, 3, "-2.500e+00"sv}, // %+.3e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_PLUS, 15, 2, "      -2.50e+00"sv}, // %+15.2e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_PLUS, 0, 0, "-2e+00"sv}, // %+.0e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_SPACE, 0, -1, "-2.500000e+00"sv}, // % e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_SPACE, 12, -1, "-2.500000e+00"sv}, // % 12e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_SPACE, 0, 3, "-2.500e+00"sv}, // % .3e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_SPACE, 15, 2, "      -2.50e+00"sv}, // % 15.2e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_SPACE, 0, 0, "-2e+00"sv}, // % .0e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_ZERO, 0, -1, "-2.500000e+00"sv}, // %0e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_ZERO, 12, -1, "-2.500000e+00"sv}, // %012e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_ZERO, 0, 3, "-2.500e+00"sv}, // %0.3e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_ZERO, 15, 2, "-0000002.50e+00"sv}, // %015.2e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_ZERO, 0, 0, "-2e+00"sv}, // %0.0e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_ALT, 0, -1, "-2.500000e+00"sv}, // %#e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_ALT, 12, -1, "-2.500000e+00"sv}, // %#12e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_ALT, 0, 3, "-2.500e+00"sv}, // %#.3e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_ALT, 15, 2, "      -2.50e+00"sv}, // %#15.2e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_ALT, 0, 0, "-2.e+00"sv}, // %#.0e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-2.500000e+00"sv}, // %+0e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-2.500000e+00"sv}, // %+012e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-2.500e+00"sv}, // %+0.3e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-0000002.50e+00"sv}, // %+015.2e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-2e+00"sv}, // %+0.0e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-2.500000e+00"sv}, // %-#e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-2.500000e+00"sv}, // %-#12e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-2.500e+00"sv}, // %-#.3e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-2.50e+00      "sv}, // %-#15.2e
    {-0x1.4000000000000p+1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-2.e+00"sv}, // %-#.0e
    {-0x1.4000000000000p+1, 'E', 0, 0, -1, "-2.500000E+00"sv}, // %E
    {-0x1.4000000000000p+1, 'E', 0, 12, -1, "-2.500000E+00"sv}, // %12E
    {-0x1.4000000000000p+1, 'E', 0, 0, 3, "-2.500E+00"sv}, // %.3E
    {-0x1.4000000000000p+1, 'E', 0, 15, 2, "      -2.50E+00"sv}, // %15.2E
    {-0x1.4000000000000p+1, 'E', 0, 0, 0, "-2E+00"sv}, // %.0E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_LEFT, 0, -1, "-2.500000E+00"sv}, // %-E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_LEFT, 12, -1, "-2.500000E+00"sv}, // %-12E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_LEFT, 0, 3, "-2.500E+00"sv}, // %-.3E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_LEFT, 15, 2, "-2.50E+00      "sv}, // %-15.2E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_LEFT, 0, 0, "-2E+00"sv}, // %-.0E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_PLUS, 0, -1, "-2.500000E+00"sv}, // %+E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_PLUS, 12, -1, "-2.500000E+00"sv}, // %+12E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_PLUS, 0, 3, "-2.500E+00"sv}, // %+.3E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_PLUS, 15, 2, "      -2.50E+00"sv}, // %+15.2E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_PLUS, 0, 0, "-2E+00"sv}, // %+.0E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_SPACE, 0, -1, "-2.500000E+00"sv}, // % E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_SPACE, 12, -1, "-2.500000E+00"sv}, // % 12E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_SPACE, 0, 3, "-2.500E+00"sv}, // % .3E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_SPACE, 15, 2, "      -2.50E+00"sv}, // % 15.2E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_SPACE, 0, 0, "-2E+00"sv}, // % .0E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_ZERO, 0, -1, "-2.500000E+00"sv}, // %0E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_ZERO, 12, -1, "-2.500000E+00"sv}, // %012E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_ZERO, 0, 3, "-2.500E+00"sv}, // %0.3E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_ZERO, 15, 2, "-0000002.50E+00"sv}, // %015.2E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_ZERO, 0, 0, "-2E+00"sv}, // %0.0E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_ALT, 0, -1, "-2.500000E+00"sv}, // %#E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_ALT, 12, -1, "-2.500000E+00"sv}, // %#12E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_ALT, 0, 3, "-2.500E+00"sv}, // %#.3E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_ALT, 15, 2, "      -2.50E+00"sv}, // %#15.2E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_ALT, 0, 0, "-2.E+00"sv}, // %#.0E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-2.500000E+00"sv}, // %+0E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-2.500000E+00"sv}, // %+012E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-2.500E+00"sv}, // %+0.3E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-0000002.50E+00"sv}, // %+015.2E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-2E+00"sv}, // %+0.0E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-2.500000E+00"sv}, // %-#E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-2.500000E+00"sv}, // %-#12E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-2.500E+00"sv}, // %-#.3E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-2.50E+00      "sv}, // %-#15.2E
    {-0x1.4000000000000p+1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-2.E+00"sv}, // %-#.0E
    {-0x1.4000000000000p+1, 'f', 0, 0, -1, "-2.500000"sv}, // %f
    {-0x1.4000000000000p+1, 'f', 0, 12, -1, "   -2.500000"sv}, // %12f
    {-0x1.4000000000000p+1, 'f', 0, 0, 3, "-2.500"sv}, // %.3f
    {-0x1.4000000000000p+1, 'f', 0, 15, 2, "          -2.50"sv}, // %15.2f
    {-0x1.4000000000000p+1, 'f', 0, 0, 0, "-2"sv}, // %.0f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_LEFT, 0, -1, "-2.500000"sv}, // %-f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_LEFT, 12, -1, "-2.500000   "sv}, // %-12f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_LEFT, 0, 3, "-2.500"sv}, // %-.3f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_LEFT, 15, 2, "-2.50          "sv}, // %-15.2f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_LEFT, 0, 0, "-2"sv}, // %-.0f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_PLUS, 0, -1, "-2.500000"sv}, // %+f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_PLUS, 12, -1, "   -2.500000"sv}, // %+12f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_PLUS, 0, 3, "-2.500"sv}, // %+.3f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_PLUS, 15, 2, "          -2.50"sv}, // %+15.2f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_PLUS, 0, 0, "-2"sv}, // %+.0f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_SPACE, 0, -1, "-2.500000"sv}, // % f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_SPACE, 12, -1, "   -2.500000"sv}, // % 12f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_SPACE, 0, 3, "-2.500"sv}, // % .3f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_SPACE, 15, 2, "          -2.50"sv}, // % 15.2f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_SPACE, 0, 0, "-2"sv}, // % .0f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_ZERO, 0, -1, "-2.500000"sv}, // %0f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_ZERO, 12, -1, "-0002.500000"sv}, // %012f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_ZERO, 0, 3, "-2.500"sv}, // %0.3f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_ZERO, 15, 2, "-00000000002.50"sv}, // %015.2f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_ZERO, 0, 0, "-2"sv}, // %0.0f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_ALT, 0, -1, "-2.500000"sv}, // %#f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_ALT, 12, -1, "   -2.500000"sv}, // %#12f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_ALT, 0, 3, "-2.500"sv}, // %#.3f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_ALT, 15, 2, "          -2.50"sv}, // %#15.2f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_ALT, 0, 0, "-2."sv}, // %#.0f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-2.500000"sv}, // %+0f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-0002.500000"sv}, // %+012f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-2.500"sv}, // %+0.3f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000002.50"sv}, // %+015.2f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-2"sv}, // %+0.0f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-2.500000"sv}, // %-#f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-2.500000   "sv}, // %-#12f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-2.500"sv}, // %-#.3f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-2.50          "sv}, // %-#15.2f
    {-0x1.4000000000000p+1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-2."sv}, // %-#.0f
    {-0x1.4000000000000p+1, 'F', 0, 0, -1, "-2.500000"sv}, // %F
    {-0x1.4000000000000p+1, 'F', 0, 12, -1, "   -2.500000"sv}, // %12F
    {-0x1.4000000000000p+1, 'F', 0, 0, 3, "-2.500"sv}, // %.3F
    {-0x1.4000000000000p+1, 'F', 0, 15, 2, "          -2.50"sv}, // %15.2F
    {-0x1.4000000000000p+1, 'F', 0, 0, 0, "-2"sv}, // %.0F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_LEFT, 0, -1, "-2.500000"sv}, // %-F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_LEFT, 12, -1, "-2.500000   "sv}, // %-12F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_LEFT, 0, 3, "-2.500"sv}, // %-.3F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_LEFT, 15, 2, "-2.50          "sv}, // %-15.2F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_LEFT, 0, 0, "-2"sv}, // %-.0F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_PLUS, 0, -1, "-2.500000"sv}, // %+F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_PLUS, 12, -1, "   -2.500000"sv}, // %+12F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_PLUS, 0, 3, "-2.500"sv}, // %+.3F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_PLUS, 15, 2, "          -2.50"sv}, // %+15.2F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_PLUS, 0, 0, "-2"sv}, // %+.0F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_SPACE, 0, -1, "-2.500000"sv}, // % F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_SPACE, 12, -1, "   -2.500000"sv}, // % 12F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_SPACE, 0, 3, "-2.500"sv}, // % .3F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_SPACE, 15, 2, "          -2.50"sv}, // % 15.2F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_SPACE, 0, 0, "-2"sv}, // % .0F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_ZERO, 0, -1, "-2.500000"sv}, // %0F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_ZERO, 12, -1, "-0002.500000"sv}, // %012F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_ZERO, 0, 3, "-2.500"sv}, // %0.3F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_ZERO, 15, 2, "-00000000002.50"sv}, // %015.2F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_ZERO, 0, 0, "-2"sv}, // %0.0F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_ALT, 0, -1, "-2.500000"sv}, // %#F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_ALT, 12, -1, "   -2.500000"sv}, // %#12F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_ALT, 0, 3, "-2.500"sv}, // %#.3F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_ALT, 15, 2, "          -2.50"sv}, // %#15.2F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_ALT, 0, 0, "-2."sv}, // %#.0F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-2.500000"sv}, // %+0F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-0002.500000"sv}, // %+012F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-2.500"sv}, // %+0.3F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000002.50"sv}, // %+015.2F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-2"sv}, // %+0.0F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-2.500000"sv}, // %-#F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-2.500000   "sv}, // %-#12F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-2.500"sv}, // %-#.3F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-2.50          "sv}, // %-#15.2F
    {-0x1.4000000000000p+1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-2."sv}, // %-#.0F
    {-0x1.4000000000000p+1, 'g', 0, 0, -1, "-2.5"sv}, // %g
    {-0x1.4000000000000p+1, 'g', 0, 12, -1, "        -2.5"sv}, // %12g
    {-0x1.4000000000000p+1, 'g', 0, 0, 3, "-2.5"sv}, // %.3g
    {-0x1.4000000000000p+1, 'g', 0, 15, 2, "           -2.5"sv}, // %15.2g
    {-0x1.4000000000000p+1, 'g', 0, 0, 0, "-2"sv}, // %.0g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_LEFT, 0, -1, "-2.5"sv}, // %-g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_LEFT, 12, -1, "-2.5        "sv}, // %-12g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_LEFT, 0, 3, "-2.5"sv}, // %-.3g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_LEFT, 15, 2, "-2.5           "sv}, // %-15.2g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_LEFT, 0, 0, "-2"sv}, // %-.0g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_PLUS, 0, -1, "-2.5"sv}, // %+g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_PLUS, 12, -1, "        -2.5"sv}, // %+12g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_PLUS, 0, 3, "-2.5"sv}, // %+.3g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_PLUS, 15, 2, "           -2.5"sv}, // %+15.2g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_PLUS, 0, 0, "-2"sv}, // %+.0g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_SPACE, 0, -1, "-2.5"sv}, // % g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_SPACE, 12, -1, "        -2.5"sv}, // % 12g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_SPACE, 0, 3, "-2.5"sv}, // % .3g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_SPACE, 15, 2, "           -2.5"sv}, // % 15.2g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_SPACE, 0, 0, "-2"sv}, // % .0g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_ZERO, 0, -1, "-2.5"sv}, // %0g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_ZERO, 12, -1, "-000000002.5"sv}, // %012g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_ZERO, 0, 3, "-2.5"sv}, // %0.3g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_ZERO, 15, 2, "-000000000002.5"sv}, // %015.2g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_ZERO, 0, 0, "-2"sv}, // %0.0g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_ALT, 0, -1, "-2.50000"sv}, // %#g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_ALT, 12, -1, "    -2.50000"sv}, // %#12g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_ALT, 0, 3, "-2.50"sv}, // %#.3g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_ALT, 15, 2, "           -2.5"sv}, // %#15.2g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_ALT, 0, 0, "-2."sv}, // %#.0g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-2.5"sv}, // %+0g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-000000002.5"sv}, // %+012g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-2.5"sv}, // %+0.3g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-000000000002.5"sv}, // %+015.2g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-2"sv}, // %+0.0g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-2.50000"sv}, // %-#g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-2.50000    "sv}, // %-#12g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-2.50"sv}, // %-#.3g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-2.5           "sv}, // %-#15.2g
    {-0x1.4000000000000p+1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-2."sv}, // %-#.0g
    {-0x1.4000000000000p+1, 'G', 0, 0, -1, "-2.5"sv}, // %G
    {-0x1.4000000000000p+1, 'G', 0, 12, -1, "        -2.5"sv}, // %12G
    {-0x1.4000000000000p+1, 'G', 0, 0, 3, "-2.5"sv}, // %.3G
    {-0x1.4000000000000p+1, 'G', 0, 15, 2, "           -2.5"sv}, // %15.2G
    {-0x1.4000000000000p+1, 'G', 0, 0, 0, "-2"sv}, // %.0G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_LEFT, 0, -1, "-2.5"sv}, // %-G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_LEFT, 12, -1, "-2.5        "sv}, // %-12G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_LEFT, 0, 3, "-2.5"sv}, // %-.3G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_LEFT, 15, 2, "-2.5           "sv}, // %-15.2G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_LEFT, 0, 0, "-2"sv}, // %-.0G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_PLUS, 0, -1, "-2.5"sv}, // %+G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_PLUS, 12, -1, "        -2.5"sv}, // %+12G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_PLUS, 0, 3, "-2.5"sv}, // %+.3G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_PLUS, 15, 2, "           -2.5"sv}, // %+15.2G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_PLUS, 0, 0, "-2"sv}, // %+.0G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_SPACE, 0, -1, "-2.5"sv}, // % G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_SPACE, 12, -1, "        -2.5"sv}, // % 12G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_SPACE, 0, 3, "-2.5"sv}, // % .3G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_SPACE, 15, 2, "           -2.5"sv}, // % 15.2G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_SPACE, 0, 0, "-2"sv}, // % .0G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_ZERO, 0, -1, "-2.5"sv}, // %0G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_ZERO, 12, -1, "-000000002.5"sv}, // %012G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_ZERO, 0, 3, "-2.5"sv}, // %0.3G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_ZERO, 15, 2, "-000000000002.5"sv}, // %015.2G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_ZERO, 0, 0, "-2"sv}, // %0.0G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_ALT, 0, -1, "-2.50000"sv}, // %#G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_ALT, 12, -1, "    -2.50000"sv}, // %#12G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_ALT, 0, 3, "-2.50"sv}, // %#.3G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_ALT, 15, 2, "           -2.5"sv}, // %#15.2G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_ALT, 0, 0, "-2."sv}, // %#.0G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-2.5"sv}, // %+0G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-000000002.5"sv}, // %+012G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-2.5"sv}, // %+0.3G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-000000000002.5"sv}, // %+015.2G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-2"sv}, // %+0.0G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-2.50000"sv}, // %-#G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-2.50000    "sv}, // %-#12G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-2.50"sv}, // %-#.3G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-2.5           "sv}, // %-#15.2G
    {-0x1.4000000000000p+1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-2."sv}, // %-#.0G
    {-0x1.4000000000000p+1, 's', 0, 0, -1, "-2.5"sv}, // %s
    {-0x1.4000000000000p+1, 's', 0, 12, -1, "        -2.5"sv}, // %12s
    {-0x1.4000000000000p+1, 's', 0, 0, 3, "-2."sv}, // %.3s
    {-0x1.4000000000000p+1, 's', 0, 15, 2, "             -2"sv}, // %15.2s
    {-0x1.4000000000000p+1, 's', 0, 0, 0, ""sv}, // %.0s
    {-0x1.4000000000000p+1, 's', RPY_FMT_LEFT, 0, -1, "-2.5"sv}, // %-s
    {-0x1.4000000000000p+1, 's', RPY_FMT_LEFT, 12, -1, "-2.5        "sv}, // %-12s
    {-0x1.4000000000000p+1, 's', RPY_FMT_LEFT, 0, 3, "-2."sv}, // %-.3s
    {-0x1.4000000000000p+1, 's', RPY_FMT_LEFT, 15, 2, "-2             "sv}, // %-15.2s
    {-0x1.4000000000000p+1, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {-0x1.4000000000000p+1, 's', RPY_FMT_PLUS, 0, -1, "-2.5"sv}, // %+s
    {-0x1.4000000000000p+1, 's', RPY_FMT_PLUS, 12, -1, "        -2.5"sv}, // %+12s
    {-0x1.4000000000000p+1, 's', RPY_FMT_PLUS, 0, 3, "-2."sv}, // %+.3s
    {-0x1.4000000000000p+1, 's', RPY_FMT_PLUS, 15, 2, "             -2"sv}, // %+15.2s
    {-0x1.4000000000000p+1, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {-0x1.4000000000000p+1, 's', RPY_FMT_SPACE, 0, -1, "-2.5"sv}, // % s
    {-0x1.4000000000000p+1, 's', RPY_FMT_SPACE, 12, -1, "        -2.5"sv}, // % 12s
    {-0x1.4000000000000p+1, 's', RPY_FMT_SPACE, 0, 3, "-2."sv}, // % .3s
    {-0x1.4000000000000p+1, 's', RPY_FMT_SPACE, 15, 2, "             -2"sv}, // % 15.2s
    {-0x1.4000000000000p+1, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {-0x1.4000000000000p+1, 's', RPY_FMT_ZERO, 0, -1, "-2.5"sv}, // %0s
    {-0x1.4000000000000p+1, 's', RPY_FMT_ZERO, 12, -1, "        -2.5"sv}, // %012s
    {-0x1.4000000000000p+1, 's', RPY_FMT_ZERO, 0, 3, "-2."sv}, // %0.3s
    {-0x1.4000000000000p+1, 's', RPY_FMT_ZERO, 15, 2, "             -2"sv}, // %015.2s
    {-0x1.4000000000000p+1, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {-0x1.4000000000000p+1, 's', RPY_FMT_ALT, 0, -1, "-2.5"sv}, // %#s
    {-0x1.4000000000000p+1, 's', RPY_FMT_ALT, 12, -1, "        -2.5"sv}, // %#12s
    {-0x1.4000000000000p+1, 's', RPY_FMT_ALT, 0, 3, "-2."sv}, // %#.3s
    {-0x1.4000000000000p+1, 's', RPY_FMT_ALT, 15, 2, "             -2"sv}, // %#15.2s
    {-0x1.4000000000000p+1, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {-0x1.4000000000000p+1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-2.5"sv}, // %+0s
    {-0x1.4000000000000p+1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "        -2.5"sv}, // %+012s
    {-0x1.4000000000000p+1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-2."sv}, // %+0.3s
    {-0x1.4000000000000p+1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             -2"sv}, // %+015.2s
    {-0x1.4000000000000p+1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {-0x1.4000000000000p+1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-2.5"sv}, // %-#s
    {-0x1.4000000000000p+1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-2.5        "sv}, // %-#12s
    {-0x1.4000000000000p+1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-2."sv}, // %-#.3s
    {-0x1.4000000000000p+1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-2             "sv}, // %-#15.2s
    {-0x1.4000000000000p+1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {-0x1.4000000000000p+1, 'r', 0, 0, -1, "-2.5"sv}, // %r
    {-0x1.4000000000000p+1, 'r', 0, 12, -1, "        -2.5"sv}, // %12r
    {-0x1.4000000000000p+1, 'r', 0, 0, 3, "-2."sv}, // %.3r
    {-0x1.4000000000000p+1, 'r', 0, 15, 2, "             -2"sv}, // %15.2r
    {-0x1.4000000000000p+1, 'r', 0, 0, 0, ""sv}, // %.0r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_LEFT, 0, -1, "-2.5"sv}, // %-r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_LEFT, 12, -1, "-2.5        "sv}, // %-12r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_LEFT, 0, 3, "-2."sv}, // %-.3r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_LEFT, 15, 2, "-2             "sv}, // %-15.2r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_PLUS, 0, -1, "-2.5"sv}, // %+r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_PLUS, 12, -1, "        -2.5"sv}, // %+12r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_PLUS, 0, 3, "-2."sv}, // %+.3r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_PLUS, 15, 2, "             -2"sv}, // %+15.2r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_SPACE, 0, -1, "-2.5"sv}, // % r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_SPACE, 12, -1, "        -2.5"sv}, // % 12r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_SPACE, 0, 3, "-2."sv}, // % .3r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_SPACE, 15, 2, "             -2"sv}, // % 15.2r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_ZERO, 0, -1, "-2.5"sv}, // %0r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_ZERO, 12, -1, "        -2.5"sv}, // %012r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_ZERO, 0, 3, "-2."sv}, // %0.3r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_ZERO, 15, 2, "             -2"sv}, // %015.2r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_ALT, 0, -1, "-2.5"sv}, // %#r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_ALT, 12, -1, "        -2.5"sv}, // %#12r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_ALT, 0, 3, "-2."sv}, // %#.3r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_ALT, 15, 2, "             -2"sv}, // %#15.2r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-2.5"sv}, // %+0r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "        -2.5"sv}, // %+012r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-2."sv}, // %+0.3r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             -2"sv}, // %+015.2r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-2.5"sv}, // %-#r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-2.5        "sv}, // %-#12r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-2."sv}, // %-#.3r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-2             "sv}, // %-#15.2r
    {-0x1.4000000000000p+1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {-0x1.4000000000000p+1, 'd', 0, 0, -1, "-2"sv}, // %d
    {-0x1.4000000000000p+1, 'd', 0, 12, -1, "          -2"sv}, // %12d
    {-0x1.4000000000000p+1, 'd', 0, 0, 3, "-002"sv}, // %.3d
    {-0x1.4000000000000p+1, 'd', 0, 15, 2, "            -02"sv}, // %15.2d
    {-0x1.4000000000000p+1, 'd', 0, 0, 0, "-2"sv}, // %.0d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_LEFT, 0, -1, "-2"sv}, // %-d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_LEFT, 12, -1, "-2          "sv}, // %-12d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_LEFT, 0, 3, "-002"sv}, // %-.3d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_LEFT, 15, 2, "-02            "sv}, // %-15.2d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_LEFT, 0, 0, "-2"sv}, // %-.0d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_PLUS, 0, -1, "-2"sv}, // %+d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_PLUS, 12, -1, "          -2"sv}, // %+12d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_PLUS, 0, 3, "-002"sv}, // %+.3d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_PLUS, 15, 2, "            -02"sv}, // %+15.2d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_PLUS, 0, 0, "-2"sv}, // %+.0d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_SPACE, 0, -1, "-2"sv}, // % d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_SPACE, 12, -1, "          -2"sv}, // % 12d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_SPACE, 0, 3, "-002"sv}, // % .3d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_SPACE, 15, 2, "            -02"sv}, // % 15.2d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_SPACE, 0, 0, "-2"sv}, // % .0d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_ZERO, 0, -1, "-2"sv}, // %0d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_ZERO, 12, -1, "-00000000002"sv}, // %012d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_ZERO, 0, 3, "-002"sv}, // %0.3d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_ZERO, 15, 2, "-00000000000002"sv}, // %015.2d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_ZERO, 0, 0, "-2"sv}, // %0.0d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_ALT, 0, -1, "-2"sv}, // %#d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_ALT, 12, -1, "          -2"sv}, // %#12d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_ALT, 0, 3, "-002"sv}, // %#.3d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_ALT, 15, 2, "            -02"sv}, // %#15.2d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_ALT, 0, 0, "-2"sv}, // %#.0d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-2"sv}, // %+0d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-00000000002"sv}, // %+012d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-002"sv}, // %+0.3d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000002"sv}, // %+015.2d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-2"sv}, // %+0.0d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-2"sv}, // %-#d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-2          "sv}, // %-#12d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-002"sv}, // %-#.3d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-02            "sv}, // %-#15.2d
    {-0x1.4000000000000p+1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-2"sv}, // %-#.0d
    {0x1.921fb54442d11p+1, 'e', 0, 0, -1, "3.141593e+00"sv}, // %e
    {0x1.921fb54442d11p+1, 'e', 0, 12, -1, "3.141593e+00"sv}, // %12e
    {0x1.921fb54442d11p+1, 'e', 0, 0, 3, "3.142e+00"sv}, // %.3e
    {0x1.921fb54442d11p+1, 'e', 0, 15, 2, "       3.14e+00"sv}, // %15.2e
    {0x1.921fb54442d11p+1, 'e', 0, 0, 0, "3e+00"sv}, // %.0e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_LEFT, 0, -1, "3.141593e+00"sv}, // %-e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_LEFT, 12, -1, "3.141593e+00"sv}, // %-12e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_LEFT, 0, 3, "3.142e+00"sv}, // %-.3e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_LEFT, 15, 2, "3.14e+00       "sv}, // %-15.2e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_LEFT, 0, 0, "3e+00"sv}, // %-.0e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_PLUS, 0, -1, "+3.141593e+00"sv}, // %+e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_PLUS, 12, -1, "+3.141593e+00"sv}, // %+12e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_PLUS, 0, 3, "+3.142e+00"sv}, // %+.3e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_PLUS, 15, 2, "      +3.14e+00"sv}, // %+15.2e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_PLUS, 0, 0, "+3e+00"sv}, // %+.0e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_SPACE, 0, -1, " 3.141593e+00"sv}, // % e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_SPACE, 12, -1, " 3.141593e+00"sv}, // % 12e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_SPACE, 0, 3, " 3.142e+00"sv}, // % .3e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_SPACE, 15, 2, "       3.14e+00"sv}, // % 15.2e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_SPACE, 0, 0, " 3e+00"sv}, // % .0e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_ZERO, 0, -1, "3.141593e+00"sv}, // %0e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_ZERO, 12, -1, "3.141593e+00"sv}, // %012e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_ZERO, 0, 3, "3.142e+00"sv}, // %0.3e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_ZERO, 15, 2, "00000003.14e+00"sv}, // %015.2e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_ZERO, 0, 0, "3e+00"sv}, // %0.0e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_ALT, 0, -1, "3.141593e+00"sv}, // %#e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_ALT, 12, -1, "3.141593e+00"sv}, // %#12e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_ALT, 0, 3, "3.142e+00"sv}, // %#.3e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_ALT, 15, 2, "       3.14e+00"sv}, // %#15.2e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_ALT, 0, 0, "3.e+00"sv}, // %#.0e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+3.141593e+00"sv}, // %+0e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+3.141593e+00"sv}, // %+012e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+3.142e+00"sv}, // %+0.3e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000003.14e+00"sv}, // %+015.2e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3e+00"sv}, // %+0.0e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "3.141593e+00"sv}, // %-#e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "3.141593e+00"sv}, // %-#12e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "3.142e+00"sv}, // %-#.3e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "3.14e+00       "sv}, // %-#15.2e
    {0x1.921fb54442d11p+1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3.e+00"sv}, // %-#.0e
    {0x1.921fb54442d11p+1, 'E', 0, 0, -1, "3.141593E+00"sv}, // %E
    {0x1.921fb54442d11p+1, 'E', 0, 12, -1, "3.141593E+00"sv}, // %12E
    {0x1.921fb54442d11p+1, 'E', 0, 0, 3, "3.142E+00"sv}, // %.3E
    {0x1.921fb54442d11p+1, 'E', 0, 15, 2, "       3.14E+00"sv}, // %15.2E
    {0x1.921fb54442d11p+1, 'E', 0, 0, 0, "3E+00"sv}, // %.0E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_LEFT, 0, -1, "3.141593E+00"sv}, // %-E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_LEFT, 12, -1, "3.141593E+00"sv}, // %-12E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_LEFT, 0, 3, "3.142E+00"sv}, // %-.3E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_LEFT, 15, 2, "3.14E+00       "sv}, // %-15.2E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_LEFT, 0, 0, "3E+00"sv}, // %-.0E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_PLUS, 0, -1, "+3.141593E+00"sv}, // %+E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_PLUS, 12, -1, "+3.141593E+00"sv}, // %+12E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_PLUS, 0, 3, "+3.142E+00"sv}, // %+.3E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_PLUS, 15, 2, "      +3.14E+00"sv}, // %+15.2E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_PLUS, 0, 0, "+3E+00"sv}, // %+.0E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_SPACE, 0, -1, " 3.141593E+00"sv}, // % E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_SPACE, 12, -1, " 3.141593E+00"sv}, // % 12E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_SPACE, 0, 3, " 3.142E+00"sv}, // % .3E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_SPACE, 15, 2, "       3.14E+00"sv}, // % 15.2E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_SPACE, 0, 0, " 3E+00"sv}, // % .0E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_ZERO, 0, -1, "3.141593E+00"sv}, // %0E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_ZERO, 12, -1, "3.141593E+00"sv}, // %012E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_ZERO, 0, 3, "3.142E+00"sv}, // %0.3E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_ZERO, 15, 2, "00000003.14E+00"sv}, // %015.2E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_ZERO, 0, 0, "3E+00"sv}, // %0.0E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_ALT, 0, -1, "3.141593E+00"sv}, // %#E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_ALT, 12, -1, "3.141593E+00"sv}, // %#12E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_ALT, 0, 3, "3.142E+00"sv}, // %#.3E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_ALT, 15, 2, "       3.14E+00"sv}, // %#15.2E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_ALT, 0, 0, "3.E+00"sv}, // %#.0E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+3.141593E+00"sv}, // %+0E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+3.141593E+00"sv}, // %+012E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+3.142E+00"sv}, // %+0.3E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000003.14E+00"sv}, // %+015.2E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3E+00"sv}, // %+0.0E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "3.141593E+00"sv}, // %-#E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "3.141593E+00"sv}, // %-#12E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "3.142E+00"sv}, // %-#.3E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "3.14E+00       "sv}, // %-#15.2E
    {0x1.921fb54442d11p+1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3.E+00"sv}, // %-#.0E
    {0x1.921fb54442d11p+1, 'f', 0, 0, -1, "3.141593"sv}, // %f
    {0x1.921fb54442d11p+1, 'f', 0, 12, -1, "    3.141593"sv}, // %12f
    {0x1.921fb54442d11p+1, 'f', 0, 0, 3, "3.142"sv}, // %.3f
    {0x1.921fb54442d11p+1, 'f', 0, 15, 2, "           3.14"sv}, // %15.2f
    {0x1.921fb54442d11p+1, 'f', 0, 0, 0, "3"sv}, // %.0f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_LEFT, 0, -1, "3.141593"sv}, // %-f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_LEFT, 12, -1, "3.141593    "sv}, // %-12f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_LEFT, 0, 3, "3.142"sv}, // %-.3f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_LEFT, 15, 2, "3.14           "sv}, // %-15.2f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_LEFT, 0, 0, "3"sv}, // %-.0f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_PLUS, 0, -1, "+3.141593"sv}, // %+f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_PLUS, 12, -1, "   +3.141593"sv}, // %+12f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_PLUS, 0, 3, "+3.142"sv}, // %+.3f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_PLUS, 15, 2, "          +3.14"sv}, // %+15.2f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_PLUS, 0, 0, "+3"sv}, // %+.0f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_SPACE, 0, -1, " 3.141593"sv}, // % f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_SPACE, 12, -1, "    3.141593"sv}, // % 12f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_SPACE, 0, 3, " 3.142"sv}, // % .3f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_SPACE, 15, 2, "           3.14"sv}, // % 15.2f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_SPACE, 0, 0, " 3"sv}, // % .0f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_ZERO, 0, -1, "3.141593"sv}, // %0f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_ZERO, 12, -1, "00003.141593"sv}, // %012f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_ZERO, 0, 3, "3.142"sv}, // %0.3f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_ZERO, 15, 2, "000000000003.14"sv}, // %015.2f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_ZERO, 0, 0, "3"sv}, // %0.0f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_ALT, 0, -1, "3.141593"sv}, // %#f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_ALT, 12, -1, "    3.141593"sv}, // %#12f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_ALT, 0, 3, "3.142"sv}, // %#.3f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_ALT, 15, 2, "           3.14"sv}, // %#15.2f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_ALT, 0, 0, "3."sv}, // %#.0f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+3.141593"sv}, // %+0f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0003.141593"sv}, // %+012f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+3.142"sv}, // %+0.3f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000003.14"sv}, // %+015.2f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3"sv}, // %+0.0f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "3.141593"sv}, // %-#f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "3.141593    "sv}, // %-#12f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "3.142"sv}, // %-#.3f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "3.14           "sv}, // %-#15.2f
    {0x1.921fb54442d11p+1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3."sv}, // %-#.0f
    {0x1.921fb54442d11p+1, 'F', 0, 0, -1, "3.141593"sv}, // %F
    {0x1.921fb54442d11p+1, 'F', 0, 12, -1, "    3.141593"sv}, // %12F
    {0x1.921fb54442d11p+1, 'F', 0, 0, 3, "3.142"sv}, // %.3F
    {0x1.921fb54442d11p+1, 'F', 0, 15, 2, "           3.14"sv}, // %15.2F
    {0x1.921fb54442d11p+1, 'F', 0, 0, 0, "3"sv}, // %.0F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_LEFT, 0, -1, "3.141593"sv}, // %-F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_LEFT, 12, -1, "3.141593    "sv}, // %-12F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_LEFT, 0, 3, "3.142"sv}, // %-.3F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_LEFT, 15, 2, "3.14           "sv}, // %-15.2F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_LEFT, 0, 0, "3"sv}, // %-.0F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_PLUS, 0, -1, "+3.141593"sv}, // %+F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_PLUS, 12, -1, "   +3.141593"sv}, // %+12F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_PLUS, 0, 3, "+3.142"sv}, // %+.3F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_PLUS, 15, 2, "          +3.14"sv}, // %+15.2F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_PLUS, 0, 0, "+3"sv}, // %+.0F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_SPACE, 0, -1, " 3.141593"sv}, // % F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_SPACE, 12, -1, "    3.141593"sv}, // % 12F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_SPACE, 0, 3, " 3.142"sv}, // % .3F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_SPACE, 15, 2, "           3.14"sv}, // % 15.2F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_SPACE, 0, 0, " 3"sv}, // % .0F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_ZERO, 0, -1, "3.141593"sv}, // %0F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_ZERO, 12, -1, "00003.141593"sv}, // %012F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_ZERO, 0, 3, "3.142"sv}, // %0.3F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_ZERO, 15, 2, "000000000003.14"sv}, // %015.2F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_ZERO, 0, 0, "3"sv}, // %0.0F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_ALT, 0, -1, "3.141593"sv}, // %#F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_ALT, 12, -1, "    3.141593"sv}, // %#12F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_ALT, 0, 3, "3.142"sv}, // %#.3F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_ALT, 15, 2, "           3.14"sv}, // %#15.2F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_ALT, 0, 0, "3."sv}, // %#.0F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+3.141593"sv}, // %+0F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0003.141593"sv}, // %+012F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+3.142"sv}, // %+0.3F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000003.14"sv}, // %+015.2F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3"sv}, // %+0.0F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "3.141593"sv}, // %-#F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "3.141593    "sv}, // %-#12F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "3.142"sv}, // %-#.3F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "3.14           "sv}, // %-#15.2F
    {0x1.921fb54442d11p+1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3."sv}, // %-#.0F
    {0x1.921fb54442d11p+1, 'g', 0, 0, -1, "3.14159"sv}, // %g
    {0x1.921fb54442d11p+1, 'g', 0, 12, -1, "     3.14159"sv}, // %12g
    {0x1.921fb54442d11p+1, 'g', 0, 0, 3, "3.14"sv}, // %.3g
    {0x1.921fb54442d11p+1, 'g', 0, 15, 2, "            3.1"sv}, // %15.2g
    {0x1.921fb54442d11p+1, 'g', 0, 0, 0, "3"sv}, // %.0g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_LEFT, 0, -1, "3.14159"sv}, // %-g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_LEFT, 12, -1, "3.14159     "sv}, // %-12g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_LEFT, 0, 3, "3.14"sv}, // %-.3g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_LEFT, 15, 2, "3.1            "sv}, // %-15.2g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_LEFT, 0, 0, "3"sv}, // %-.0g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_PLUS, 0, -1, "+3.14159"sv}, // %+g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_PLUS, 12, -1, "    +3.14159"sv}, // %+12g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_PLUS, 0, 3, "+3.14"sv}, // %+.3g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_PLUS, 15, 2, "           +3.1"sv}, // %+15.2g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_PLUS, 0, 0, "+3"sv}, // %+.0g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_SPACE, 0, -1, " 3.14159"sv}, // % g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_SPACE, 12, -1, "     3.14159"sv}, // % 12g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_SPACE, 0, 3, " 3.14"sv}, // % .3g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_SPACE, 15, 2, "            3.1"sv}, // % 15.2g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_SPACE, 0, 0, " 3"sv}, // % .0g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_ZERO, 0, -1, "3.14159"sv}, // %0g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_ZERO, 12, -1, "000003.14159"sv}, // %012g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_ZERO, 0, 3, "3.14"sv}, // %0.3g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_ZERO, 15, 2, "0000000000003.1"sv}, // %015.2g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_ZERO, 0, 0, "3"sv}, // %0.0g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_ALT, 0, -1, "3.14159"sv}, // %#g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_ALT, 12, -1, "     3.14159"sv}, // %#12g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_ALT, 0, 3, "3.14"sv}, // %#.3g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_ALT, 15, 2, "            3.1"sv}, // %#15.2g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_ALT, 0, 0, "3."sv}, // %#.0g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+3.14159"sv}, // %+0g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00003.14159"sv}, // %+012g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+3.14"sv}, // %+0.3g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+000000000003.1"sv}, // %+015.2g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3"sv}, // %+0.0g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "3.14159"sv}, // %-#g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "3.14159     "sv}, // %-#12g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "3.14"sv}, // %-#.3g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "3.1            "sv}, // %-#15.2g
    {0x1.921fb54442d11p+1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3."sv}, // %-#.0g
    {0x1.921fb54442d11p+1, 'G', 0, 0, -1, "3.14159"sv}, // %G
    {0x1.921fb54442d11p+1, 'G', 0, 12, -1, "     3.14159"sv}, // %12G
    {0x1.921fb54442d11p+1, 'G', 0, 0, 3, "3.14"sv}, // %.3G
    {0x1.921fb54442d11p+1, 'G', 0, 15, 2, "            3.1"sv}, // %15.2G
    {0x1.921fb54442d11p+1, 'G', 0, 0, 0, "3"sv}, // %.0G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_LEFT, 0, -1, "3.14159"sv}, // %-G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_LEFT, 12, -1, "3.14159     "sv}, // %-12G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_LEFT, 0, 3, "3.14"sv}, // %-.3G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_LEFT, 15, 2, "3.1            "sv}, // %-15.2G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_LEFT, 0, 0, "3"sv}, // %-.0G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_PLUS, 0, -1, "+3.14159"sv}, // %+G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_PLUS, 12, -1, "    +3.14159"sv}, // %+12G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_PLUS, 0, 3, "+3.14"sv}, // %+.3G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_PLUS, 15, 2, "           +3.1"sv}, // %+15.2G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_PLUS, 0, 0, "+3"sv}, // %+.0G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_SPACE, 0, -1, " 3.14159"sv}, // % G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_SPACE, 12, -1, "     3.14159"sv}, // % 12G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_SPACE, 0, 3, " 3.14"sv}, // % .3G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_SPACE, 15, 2, "            3.1"sv}, // % 15.2G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_SPACE, 0, 0, " 3"sv}, // % .0G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_ZERO, 0, -1, "3.14159"sv}, // %0G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_ZERO, 12, -1, "000003.14159"sv}, // %012G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_ZERO, 0, 3, "3.14"sv}, // %0.3G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_ZERO, 15, 2, "0000000000003.1"sv}, // %015.2G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_ZERO, 0, 0, "3"sv}, // %0.0G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_ALT, 0, -1, "3.14159"sv}, // %#G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_ALT, 12, -1, "     3.14159"sv}, // %#12G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_ALT, 0, 3, "3.14"sv}, // %#.3G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_ALT, 15, 2, "            3.1"sv}, // %#15.2G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_ALT, 0, 0, "3."sv}, // %#.0G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+3.14159"sv}, // %+0G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00003.14159"sv}, // %+012G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+3.14"sv}, // %+0.3G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+000000000003.1"sv}, // %+015.2G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3"sv}, // %+0.0G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "3.14159"sv}, // %-#G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "3.14159     "sv}, // %-#12G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "3.14"sv}, // %-#.3G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "3.1            "sv}, // %-#15.2G
    {0x1.921fb54442d11p+1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3."sv}, // %-#.0G
    {0x1.921fb54442d11p+1, 's', 0, 0, -1, "3.14159265358979"sv}, // %s
    {0x1.921fb54442d11p+1, 's', 0, 12, -1, "3.14159265358979"sv}, // %12s
    {0x1.921fb54442d11p+1, 's', 0, 0, 3, "3.1"sv}, // %.3s
    {0x1.921fb54442d11p+1, 's', 0, 15, 2, "             3."sv}, // %15.2s
    {0x1.921fb54442d11p+1, 's', 0, 0, 0, ""sv}, // %.0s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_LEFT, 0, -1, "3.14159265358979"sv}, // %-s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_LEFT, 12, -1, "3.14159265358979"sv}, // %-12s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_LEFT, 0, 3, "3.1"sv}, // %-.3s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_LEFT, 15, 2, "3.             "sv}, // %-15.2s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_PLUS, 0, -1, "3.14159265358979"sv}, // %+s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_PLUS, 12, -1, "3.14159265358979"sv}, // %+12s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_PLUS, 0, 3, "3.1"sv}, // %+.3s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_PLUS, 15, 2, "             3."sv}, // %+15.2s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_SPACE, 0, -1, "3.14159265358979"sv}, // % s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_SPACE, 12, -1, "3.14159265358979"sv}, // % 12s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_SPACE, 0, 3, "3.1"sv}, // % .3s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_SPACE, 15, 2, "             3."sv}, // % 15.2s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_ZERO, 0, -1, "3.14159265358979"sv}, // %0s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_ZERO, 12, -1, "3.14159265358979"sv}, // %012s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_ZERO, 0, 3, "3.1"sv}, // %0.3s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_ZERO, 15, 2, "             3."sv}, // %015.2s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_ALT, 0, -1, "3.14159265358979"sv}, // %#s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_ALT, 12, -1, "3.14159265358979"sv}, // %#12s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_ALT, 0, 3, "3.1"sv}, // %#.3s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_ALT, 15, 2, "             3."sv}, // %#15.2s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "3.14159265358979"sv}, // %+0s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "3.14159265358979"sv}, // %+012s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "3.1"sv}, // %+0.3s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             3."sv}, // %+015.2s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "3.14159265358979"sv}, // %-#s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "3.14159265358979"sv}, // %-#12s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "3.1"sv}, // %-#.3s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "3.             "sv}, // %-#15.2s
    {0x1.921fb54442d11p+1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {0x1.921fb54442d11p+1, 'r', 0, 0, -1, "3.14159265358979"sv}, // %r
    {0x1.921fb54442d11p+1, 'r', 0, 12, -1, "3.14159265358979"sv}, // %12r
    {0x1.921fb54442d11p+1, 'r', 0, 0, 3, "3.1"sv}, // %.3r
    {0x1.921fb54442d11p+1, 'r', 0, 15, 2, "             3."sv}, // %15.2r
    {0x1.921fb54442d11p+1, 'r', 0, 0, 0, ""sv}, // %.0r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_LEFT, 0, -1, "3.14159265358979"sv}, // %-r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_LEFT, 12, -1, "3.14159265358979"sv}, // %-12r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_LEFT, 0, 3, "3.1"sv}, // %-.3r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_LEFT, 15, 2, "3.             "sv}, // %-15.2r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_PLUS, 0, -1, "3.14159265358979"sv}, // %+r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_PLUS, 12, -1, "3.14159265358979"sv}, // %+12r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_PLUS, 0, 3, "3.1"sv}, // %+.3r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_PLUS, 15, 2, "             3."sv}, // %+15.2r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_SPACE, 0, -1, "3.14159265358979"sv}, // % r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_SPACE, 12, -1, "3.14159265358979"sv}, // % 12r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_SPACE, 0, 3, "3.1"sv}, // % .3r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_SPACE, 15, 2, "             3."sv}, // % 15.2r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_ZERO, 0, -1, "3.14159265358979"sv}, // %0r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_ZERO, 12, -1, "3.14159265358979"sv}, // %012r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_ZERO, 0, 3, "3.1"sv}, // %0.3r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_ZERO, 15, 2, "             3."sv}, // %015.2r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_ALT, 0, -1, "3.14159265358979"sv}, // %#r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_ALT, 12, -1, "3.14159265358979"sv}, // %#12r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_ALT, 0, 3, "3.1"sv}, // %#.3r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_ALT, 15, 2, "             3."sv}, // %#15.2r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "3.14159265358979"sv}, // %+0r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "3.14159265358979"sv}, // %+012r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "3.1"sv}, // %+0.3r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             3."sv}, // %+015.2r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "3.14159265358979"sv}, // %-#r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "3.14159265358979"sv}, // %-#12r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "3.1"sv}, // %-#.3r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "3.             "sv}, // %-#15.2r
    {0x1.921fb54442d11p+1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {0x1.921fb54442d11p+1, 'd', 0, 0, -1, "3"sv}, // %d
    {0x1.921fb54442d11p+1, 'd', 0, 12, -1, "           3"sv}, // %12d
    {0x1.921fb54442d11p+1, 'd', 0, 0, 3, "003"sv}, // %.3d
    {0x1.921fb54442d11p+1, 'd', 0, 15, 2, "             03"sv}, // %15.2d
    {0x1.921fb54442d11p+1, 'd', 0, 0, 0, "3"sv}, // %.0d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_LEFT, 0, -1, "3"sv}, // %-d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_LEFT, 12, -1, "3           "sv}, // %-12d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_LEFT, 0, 3, "003"sv}, // %-.3d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_LEFT, 15, 2, "03             "sv}, // %-15.2d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_LEFT, 0, 0, "3"sv}, // %-.0d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_PLUS, 0, -1, "+3"sv}, // %+d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_PLUS, 12, -1, "          +3"sv}, // %+12d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_PLUS, 0, 3, "+003"sv}, // %+.3d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_PLUS, 15, 2, "            +03"sv}, // %+15.2d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_PLUS, 0, 0, "+3"sv}, // %+.0d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_SPACE, 0, -1, " 3"sv}, // % d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_SPACE, 12, -1, "           3"sv}, // % 12d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_SPACE, 0, 3, " 003"sv}, // % .3d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_SPACE, 15, 2, "             03"sv}, // % 15.2d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_SPACE, 0, 0, " 3"sv}, // % .0d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_ZERO, 0, -1, "3"sv}, // %0d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_ZERO, 12, -1, "000000000003"sv}, // %012d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_ZERO, 0, 3, "003"sv}, // %0.3d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_ZERO, 15, 2, "000000000000003"sv}, // %015.2d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_ZERO, 0, 0, "3"sv}, // %0.0d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_ALT, 0, -1, "3"sv}, // %#d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_ALT, 12, -1, "           3"sv}, // %#12d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_ALT, 0, 3, "003"sv}, // %#.3d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_ALT, 15, 2, "             03"sv}, // %#15.2d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_ALT, 0, 0, "3"sv}, // %#.0d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+3"sv}, // %+0d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000003"sv}, // %+012d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+003"sv}, // %+0.3d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000003"sv}, // %+015.2d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3"sv}, // %+0.0d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "3"sv}, // %-#d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "3           "sv}, // %-#12d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "003"sv}, // %-#.3d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "03             "sv}, // %-#15.2d
    {0x1.921fb54442d11p+1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3"sv}, // %-#.0d
    {0x1.4f8b588e368f1p-17, 'e', 0, 0, -1, "1.000000e-05"sv}, // %e
    {0x1.4f8b588e368f1p-17, 'e', 0, 12, -1, "1.000000e-05"sv}, // %12e
    {0x1.4f8b588e368f1p-17, 'e', 0, 0, 3, "1.000e-05"sv}, // %.3e
    {0x1.4f8b588e368f1p-17, 'e', 0, 15, 2, "       1.00e-05"sv}, // %15.2e
    {0x1.4f8b588e368f1p-17, 'e', 0, 0, 0, "1e-05"sv}, // %.0e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_LEFT, 0, -1, "1.000000e-05"sv}, // %-e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_LEFT, 12, -1, "1.000000e-05"sv}, // %-12e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_LEFT, 0, 3, "1.000e-05"sv}, // %-.3e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_LEFT, 15, 2, "1.00e-05       "sv}, // %-15.2e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_LEFT, 0, 0, "1e-05"sv}, // %-.0e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_PLUS, 0, -1, "+1.000000e-05"sv}, // %+e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_PLUS, 12, -1, "+1.000000e-05"sv}, // %+12e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_PLUS, 0, 3, "+1.000e-05"sv}, // %+.3e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_PLUS, 15, 2, "      +1.00e-05"sv}, // %+15.2e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_PLUS, 0, 0, "+1e-05"sv}, // %+.0e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_SPACE, 0, -1, " 1.000000e-05"sv}, // % e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_SPACE, 12, -1, " 1.000000e-05"sv}, // % 12e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_SPACE, 0, 3, " 1.000e-05"sv}, // % .3e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_SPACE, 15, 2, "       1.00e-05"sv}, // % 15.2e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_SPACE, 0, 0, " 1e-05"sv}, // % .0e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_ZERO, 0, -1, "1.000000e-05"sv}, // %0e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_ZERO, 12, -1, "1.000000e-05"sv}, // %012e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_ZERO, 0, 3, "1.000e-05"sv}, // %0.3e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_ZERO, 15, 2, "00000001.00e-05"sv}, // %015.2e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_ZERO, 0, 0, "1e-05"sv}, // %0.0e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_ALT, 0, -1, "1.000000e-05"sv}, // %#e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_ALT, 12, -1, "1.000000e-05"sv}, // %#12e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_ALT, 0, 3, "1.000e-05"sv}, // %#.3e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_ALT, 15, 2, "       1.00e-05"sv}, // %#15.2e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_ALT, 0, 0, "1.e-05"sv}, // %#.0e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.000000e-05"sv}, // %+0e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.000000e-05"sv}, // %+012e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.000e-05"sv}, // %+0.3e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000001.00e-05"sv}, // %+015.2e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1e-05"sv}, // %+0.0e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.000000e-05"sv}, // %-#e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.000000e-05"sv}, // %-#12e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.000e-05"sv}, // %-#.3e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.00e-05       "sv}, // %-#15.2e
    {0x1.4f8b588e368f1p-17, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.e-05"sv}, // %-#.0e
    {0x1.4f8b588e368f1p-17, 'E', 0, 0, -1, "1.000000E-05"sv}, // %E
    {0x1.4f8b588e368f1p-17, 'E', 0, 12, -1, "1.000000E-05"sv}, // %12E
    {0x1.4f8b588e368f1p-17, 'E', 0, 0, 3, "1.000E-05"sv}, // %.3E
    {0x1.4f8b588e368f1p-17, 'E', 0, 15, 2, "       1.00E-05"sv}, // %15.2E
    {0x1.4f8b588e368f1p-17, 'E', 0, 0, 0, "1E-05"sv}, // %.0E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_LEFT, 0, -1, "1.000000E-05"sv}, // %-E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_LEFT, 12, -1, "1.000000E-05"sv}, // %-12E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_LEFT, 0, 3, "1.000E-05"sv}, // %-.3E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_LEFT, 15, 2, "1.00E-05       "sv}, // %-15.2E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_LEFT, 0, 0, "1E-05"sv}, // %-.0E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_PLUS, 0, -1, "+1.000000E-05"sv}, // %+E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_PLUS, 12, -1, "+1.000000E-05"sv}, // %+12E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_PLUS, 0, 3, "+1.000E-05"sv}, // %+.3E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_PLUS, 15, 2, "      +1.00E-05"sv}, // %+15.2E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_PLUS, 0, 0, "+1E-05"sv}, // %+.0E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_SPACE, 0, -1, " 1.000000E-05"sv}, // % E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_SPACE, 12, -1, " 1.000000E-05"sv}, // % 12E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_SPACE, 0, 3, " 1.000E-05"sv}, // % .3E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_SPACE, 15, 2, "       1.00E-05"sv}, // % 15.2E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_SPACE, 0, 0, " 1E-05"sv}, // % .0E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_ZERO, 0, -1, "1.000000E-05"sv}, // %0E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_ZERO, 12, -1, "1.000000E-05"sv}, // %012E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_ZERO, 0, 3, "1.000E-05"sv}, // %0.3E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_ZERO, 15, 2, "00000001.00E-05"sv}, // %015.2E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_ZERO, 0, 0, "1E-05"sv}, // %0.0E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_ALT, 0, -1, "1.000000E-05"sv}, // %#E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_ALT, 12, -1, "1.000000E-05"sv}, // %#12E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_ALT, 0, 3, "1.000E-05"sv}, // %#.3E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_ALT, 15, 2, "       1.00E-05"sv}, // %#15.2E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_ALT, 0, 0, "1.E-05"sv}, // %#.0E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.000000E-05"sv}, // %+0E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.000000E-05"sv}, // %+012E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.000E-05"sv}, // %+0.3E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000001.00E-05"sv}, // %+015.2E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1E-05"sv}, // %+0.0E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.000000E-05"sv}, // %-#E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.000000E-05"sv}, // %-#12E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.000E-05"sv}, // %-#.3E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.00E-05       "sv}, // %-#15.2E
    {0x1.4f8b588e368f1p-17, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.E-05"sv}, // %-#.0E
    {0x1.4f8b588e368f1p-17, 'f', 0, 0, -1, "0.000010"sv}, // %f
    {0x1.4f8b588e368f1p-17, 'f', 0, 12, -1, "    0.000010"sv}, // %12f
    {0x1.4f8b588e368f1p-17, 'f', 0, 0, 3, "0.000"sv}, // %.3f
    {0x1.4f8b588e368f1p-17, 'f', 0, 15, 2, "           0.00"sv}, // %15.2f
    {0x1.4f8b588e368f1p-17, 'f', 0, 0, 0, "0"sv}, // %.0f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_LEFT, 0, -1, "0.000010"sv}, // %-f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_LEFT, 12, -1, "0.000010    "sv}, // %-12f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_LEFT, 0, 3, "0.000"sv}, // %-.3f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_LEFT, 15, 2, "0.00           "sv}, // %-15.2f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_PLUS, 0, -1, "+0.000010"sv}, // %+f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_PLUS, 12, -1, "   +0.000010"sv}, // %+12f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_PLUS, 0, 3, "+0.000"sv}, // %+.3f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_PLUS, 15, 2, "          +0.00"sv}, // %+15.2f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_SPACE, 0, -1, " 0.000010"sv}, // % f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_SPACE, 12, -1, "    0.000010"sv}, // % 12f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_SPACE, 0, 3, " 0.000"sv}, // % .3f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_SPACE, 15, 2, "           0.00"sv}, // % 15.2f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_ZERO, 0, -1, "0.000010"sv}, // %0f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_ZERO, 12, -1, "00000.000010"sv}, // %012f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_ZERO, 0, 3, "0.000"sv}, // %0.3f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_ZERO, 15, 2, "000000000000.00"sv}, // %015.2f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_ALT, 0, -1, "0.000010"sv}, // %#f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_ALT, 12, -1, "    0.000010"sv}, // %#12f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_ALT, 0, 3, "0.000"sv}, // %#.3f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_ALT, 15, 2, "           0.00"sv}, // %#15.2f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_ALT, 0, 0, "0."sv}, // %#.0f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.000010"sv}, // %+0f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0000.000010"sv}, // %+012f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.000"sv}, // %+0.3f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000.00"sv}, // %+015.2f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.000010"sv}, // %-#f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.000010    "sv}, // %-#12f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.000"sv}, // %-#.3f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.00           "sv}, // %-#15.2f
    {0x1.4f8b588e368f1p-17, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0."sv}, // %-#.0f
    {0x1.4f8b588e368f1p-17, 'F', 0, 0, -1, "0.000010"sv}, // %F
    {0x1.4f8b588e368f1p-17, 'F', 0, 12, -1, "    0.000010"sv}, // %12F
    {0x1.4f8b588e368f1p-17, 'F', 0, 0, 3, "0.000"sv}, // %.3F
    {0x1.4f8b588e368f1p-17, 'F', 0, 15, 2, "           0.00"sv}, // %15.2F
    {0x1.4f8b588e368f1p-17, 'F', 0, 0, 0, "0"sv}, // %.0F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_LEFT, 0, -1, "0.000010"sv}, // %-F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_LEFT, 12, -1, "0.000010    "sv}, // %-12F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_LEFT, 0, 3, "0.000"sv}, // %-.3F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_LEFT, 15, 2, "0.00           "sv}, // %-15.2F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_PLUS, 0, -1, "+0.000010"sv}, // %+F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_PLUS, 12, -1, "   +0.000010"sv}, // %+12F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_PLUS, 0, 3, "+0.000"sv}, // %+.3F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_PLUS, 15, 2, "          +0.00"sv}, // %+15.2F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_SPACE, 0, -1, " 0.000010"sv}, // % F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_SPACE, 12, -1, "    0.000010"sv}, // % 12F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_SPACE, 0, 3, " 0.000"sv}, // % .3F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_SPACE, 15, 2, "           0.00"sv}, // % 15.2F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_ZERO, 0, -1, "0.000010"sv}, // %0F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_ZERO, 12, -1, "00000.000010"sv}, // %012F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_ZERO, 0, 3, "0.000"sv}, // %0.3F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_ZERO, 15, 2, "000000000000.00"sv}, // %015.2F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_ALT, 0, -1, "0.000010"sv}, // %#F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_ALT, 12, -1, "    0.000010"sv}, // %#12F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_ALT, 0, 3, "0.000"sv}, // %#.3F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_ALT, 15, 2, "           0.00"sv}, // %#15.2F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_ALT, 0, 0, "0."sv}, // %#.0F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.000010"sv}, // %+0F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0000.000010"sv}, // %+012F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.000"sv}, // %+0.3F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000.00"sv}, // %+015.2F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.000010"sv}, // %-#F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.000010    "sv}, // %-#12F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.000"sv}, // %-#.3F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.00           "sv}, // %-#15.2F
    {0x1.4f8b588e368f1p-17, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0."sv}, // %-#.0F
    {0x1.4f8b588e368f1p-17, 'g', 0, 0, -1, "1e-05"sv}, // %g
    {0x1.4f8b588e368f1p-17, 'g', 0, 12, -1, "       1e-05"sv}, // %12g
    {0x1.4f8b588e368f1p-17, 'g', 0, 0, 3, "1e-05"sv}, // %.3g
    {0x1.4f8b588e368f1p-17, 'g', 0, 15, 2, "          1e-05"sv}, // %15.2g
    {0x1.4f8b588e368f1p-17, 'g', 0, 0, 0, "1e-05"sv}, // %.0g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_LEFT, 0, -1, "1e-05"sv}, // %-g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_LEFT, 12, -1, "1e-05       "sv}, // %-12g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_LEFT, 0, 3, "1e-05"sv}, // %-.3g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_LEFT, 15, 2, "1e-05          "sv}, // %-15.2g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_LEFT, 0, 0, "1e-05"sv}, // %-.0g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_PLUS, 0, -1, "+1e-05"sv}, // %+g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_PLUS, 12, -1, "      +1e-05"sv}, // %+12g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_PLUS, 0, 3, "+1e-05"sv}, // %+.3g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_PLUS, 15, 2, "         +1e-05"sv}, // %+15.2g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_PLUS, 0, 0, "+1e-05"sv}, // %+.0g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_SPACE, 0, -1, " 1e-05"sv}, // % g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_SPACE, 12, -1, "       1e-05"sv}, // % 12g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_SPACE, 0, 3, " 1e-05"sv}, // % .3g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_SPACE, 15, 2, "          1e-05"sv}, // % 15.2g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_SPACE, 0, 0, " 1e-05"sv}, // % .0g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_ZERO, 0, -1, "1e-05"sv}, // %0g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_ZERO, 12, -1, "00000001e-05"sv}, // %012g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_ZERO, 0, 3, "1e-05"sv}, // %0.3g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_ZERO, 15, 2, "00000000001e-05"sv}, // %015.2g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_ZERO, 0, 0, "1e-05"sv}, // %0.0g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_ALT, 0, -1, "1.00000e-05"sv}, // %#g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_ALT, 12, -1, " 1.00000e-05"sv}, // %#12g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_ALT, 0, 3, "1.00e-05"sv}, // %#.3g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_ALT, 15, 2, "        1.0e-05"sv}, // %#15.2g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_ALT, 0, 0, "1.e-05"sv}, // %#.0g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1e-05"sv}, // %+0g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0000001e-05"sv}, // %+012g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1e-05"sv}, // %+0.3g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000000001e-05"sv}, // %+015.2g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1e-05"sv}, // %+0.0g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.00000e-05"sv}, // %-#g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.00000e-05 "sv}, // %-#12g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.00e-05"sv}, // %-#.3g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.0e-05        "sv}, // %-#15.2g
    {0x1.4f8b588e368f1p-17, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.e-05"sv}, // %-#.0g
    {0x1.4f8b588e368f1p-17, 'G', 0, 0, -1, "1E-05"sv}, // %G
    {0x1.4f8b588e368f1p-17, 'G', 0, 12, -1, "       1E-05"sv}, // %12G
    {0x1.4f8b588e368f1p-17, 'G', 0, 0, 3, "1E-05"sv}, // %.3G
    {0x1.4f8b588e368f1p-17, 'G', 0, 15, 2, "          1E-05"sv}, // %15.2G
    {0x1.4f8b588e368f1p-17, 'G', 0, 0, 0, "1E-05"sv}, // %.0G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_LEFT, 0, -1, "1E-05"sv}, // %-G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_LEFT, 12, -1, "1E-05       "sv}, // %-12G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_LEFT, 0, 3, "1E-05"sv}, // %-.3G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_LEFT, 15, 2, "1E-05          "sv}, // %-15.2G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_LEFT, 0, 0, "1E-05"sv}, // %-.0G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_PLUS, 0, -1, "+1E-05"sv}, // %+G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_PLUS, 12, -1, "      +1E-05"sv}, // %+12G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_PLUS, 0, 3, "+1E-05"sv}, // %+.3G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_PLUS, 15, 2, "         +1E-05"sv}, // %+15.2G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_PLUS, 0, 0, "+1E-05"sv}, // %+.0G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_SPACE, 0, -1, " 1E-05"sv}, // % G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_SPACE, 12, -1, "       1E-05"sv}, // % 12G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_SPACE, 0, 3, " 1E-05"sv}, // % .3G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_SPACE, 15, 2, "          1E-05"sv}, // % 15.2G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_SPACE, 0, 0, " 1E-05"sv}, // % .0G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_ZERO, 0, -1, "1E-05"sv}, // %0G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_ZERO, 12, -1, "00000001E-05"sv}, // %012G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_ZERO, 0, 3, "1E-05"sv}, // %0.3G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_ZERO, 15, 2, "00000000001E-05"sv}, // %015.2G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_ZERO, 0, 0, "1E-05"sv}, // %0.0G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_ALT, 0, -1, "1.00000E-05"sv}, // %#G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_ALT, 12, -1, " 1.00000E-05"sv}, // %#12G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_ALT, 0, 3, "1.00E-05"sv}, // %#.3G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_ALT, 15, 2, "        1.0E-05"sv}, // %#15.2G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_ALT, 0, 0, "1.E-05"sv}, // %#.0G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1E-05"sv}, // %+0G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0000001E-05"sv}, // %+012G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1E-05"sv}, // %+0.3G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000000001E-05"sv}, // %+015.2G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1E-05"sv}, // %+0.0G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.00000E-05"sv}, // %-#G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.00000E-05 "sv}, // %-#12G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.00E-05"sv}, // %-#.3G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.0E-05        "sv}, // %-#15.2G
    {0x1.4f8b588e368f1p-17, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.E-05"sv}, // %-#.0G
    {0x1.4f8b588e368f1p-17, 's', 0, 0, -1, "1e-05"sv}, // %s
    {0x1.4f8b588e368f1p-17, 's', 0, 12, -1, "       1e-05"sv}, // %12s
    {0x1.4f8b588e368f1p-17, 's', 0, 0, 3, "1e-"sv}, // %.3s
    {0x1.4f8b588e368f1p-17, 's', 0, 15, 2, "             1e"sv}, // %15.2s
    {0x1.4f8b588e368f1p-17, 's', 0, 0, 0, ""sv}, // %.0s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_LEFT, 0, -1, "1e-05"sv}, // %-s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_LEFT, 12, -1, "1e-05       "sv}, // %-12s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_LEFT, 0, 3, "1e-"sv}, // %-.3s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_LEFT, 15, 2, "1e             "sv}, // %-15.2s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_PLUS, 0, -1, "1e-05"sv}, // %+s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_PLUS, 12, -1, "       1e-05"sv}, // %+12s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_PLUS, 0, 3, "1e-"sv}, // %+.3s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_PLUS, 15, 2, "             1e"sv}, // %+15.2s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_SPACE, 0, -1, "1e-05"sv}, // % s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_SPACE, 12, -1, "       1e-05"sv}, // % 12s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_SPACE, 0, 3, "1e-"sv}, // % .3s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_SPACE, 15, 2, "             1e"sv}, // % 15.2s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_ZERO, 0, -1, "1e-05"sv}, // %0s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_ZERO, 12, -1, "       1e-05"sv}, // %012s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_ZERO, 0, 3, "1e-"sv}, // %0.3s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_ZERO, 15, 2, "             1e"sv}, // %015.2s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_ALT, 0, -1, "1e-05"sv}, // %#s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_ALT, 12, -1, "       1e-05"sv}, // %#12s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_ALT, 0, 3, "1e-"sv}, // %#.3s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_ALT, 15, 2, "             1e"sv}, // %#15.2s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "1e-05"sv}, // %+0s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "       1e-05"sv}, // %+012s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "1e-"sv}, // %+0.3s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             1e"sv}, // %+015.2s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1e-05"sv}, // %-#s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1e-05       "sv}, // %-#12s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1e-"sv}, // %-#.3s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1e             "sv}, // %-#15.2s
    {0x1.4f8b588e368f1p-17, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {0x1.4f8b588e368f1p-17, 'r', 0, 0, -1, "1e-05"sv}, // %r
    {0x1.4f8b588e368f1p-17, 'r', 0, 12, -1, "       1e-05"sv}, // %12r
    {0x1.4f8b588e368f1p-17, 'r', 0, 0, 3, "1e-"sv}, // %.3r
    {0x1.4f8b588e368f1p-17, 'r', 0, 15, 2, "             1e"sv}, // %15.2r
    {0x1.4f8b588e368f1p-17, 'r', 0, 0, 0, ""sv}, // %.0r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_LEFT, 0, -1, "1e-05"sv}, // %-r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_LEFT, 12, -1, "1e-05       "sv}, // %-12r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_LEFT, 0, 3, "1e-"sv}, // %-.3r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_LEFT, 15, 2, "1e             "sv}, // %-15.2r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_PLUS, 0, -1, "1e-05"sv}, // %+r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_PLUS, 12, -1, "       1e-05"sv}, // %+12r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_PLUS, 0, 3, "1e-"sv}, // %+.3r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_PLUS, 15, 2, "             1e"sv}, // %+15.2r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_SPACE, 0, -1, "1e-05"sv}, // % r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_SPACE, 12, -1, "       1e-05"sv}, // % 12r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_SPACE, 0, 3, "1e-"sv}, // % .3r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_SPACE, 15, 2, "             1e"sv}, // % 15.2r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_ZERO, 0, -1, "1e-05"sv}, // %0r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_ZERO, 12, -1, "       1e-05"sv}, // %012r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_ZERO, 0, 3, "1e-"sv}, // %0.3r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_ZERO, 15, 2, "             1e"sv}, // %015.2r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_ALT, 0, -1, "1e-05"sv}, // %#r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_ALT, 12, -1, "       1e-05"sv}, // %#12r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_ALT, 0, 3, "1e-"sv}, // %#.3r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_ALT, 15, 2, "             1e"sv}, // %#15.2r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "1e-05"sv}, // %+0r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "       1e-05"sv}, // %+012r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "1e-"sv}, // %+0.3r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             1e"sv}, // %+015.2r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1e-05"sv}, // %-#r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1e-05       "sv}, // %-#12r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1e-"sv}, // %-#.3r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1e             "sv}, // %-#15.2r
    {0x1.4f8b588e368f1p-17, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {0x1.4f8b588e368f1p-17, 'd', 0, 0, -1, "0"sv}, // %d
    {0x1.4f8b588e368f1p-17, 'd', 0, 12, -1, "           0"sv}, // %12d
    {0x1.4f8b588e368f1p-17, 'd', 0, 0, 3, "000"sv}, // %.3d
    {0x1.4f8b588e368f1p-17, 'd', 0, 15, 2, "             00"sv}, // %15.2d
    {0x1.4f8b588e368f1p-17, 'd', 0, 0, 0, "0"sv}, // %.0d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_LEFT, 12, -1, "0           "sv}, // %-12d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_LEFT, 0, 3, "000"sv}, // %-.3d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_LEFT, 15, 2, "00             "sv}, // %-15.2d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_PLUS, 12, -1, "          +0"sv}, // %+12d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_PLUS, 0, 3, "+000"sv}, // %+.3d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_PLUS, 15, 2, "            +00"sv}, // %+15.2d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_SPACE, 12, -1, "           0"sv}, // % 12d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_SPACE, 0, 3, " 000"sv}, // % .3d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_SPACE, 15, 2, "             00"sv}, // % 15.2d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_ZERO, 12, -1, "000000000000"sv}, // %012d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_ZERO, 0, 3, "000"sv}, // %0.3d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_ZERO, 15, 2, "000000000000000"sv}, // %015.2d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_ALT, 0, -1, "0"sv}, // %#d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_ALT, 12, -1, "           0"sv}, // %#12d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_ALT, 0, 3, "000"sv}, // %#.3d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_ALT, 15, 2, "             00"sv}, // %#15.2d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_ALT, 0, 0, "0"sv}, // %#.0d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000000"sv}, // %+012d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+000"sv}, // %+0.3d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000000"sv}, // %+015.2d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0"sv}, // %-#d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0           "sv}, // %-#12d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "000"sv}, // %-#.3d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "00             "sv}, // %-#15.2d
    {0x1.4f8b588e368f1p-17, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0"sv}, // %-#.0d
    {0x1.d6f3454000000p+26, 'e', 0, 0, -1, "1.234568e+08"sv}, // %e
    {0x1.d6f3454000000p+26, 'e', 0, 12, -1, "1.234568e+08"sv}, // %12e
    {0x1.d6f3454000000p+26, 'e', 0, 0, 3, "1.235e+08"sv}, // %.3e
    {0x1.d6f3454000000p+26, 'e', 0, 15, 2, "       1.23e+08"sv}, // %15.2e
    {0x1.d6f3454000000p+26, 'e', 0, 0, 0, "1e+08"sv}, // %.0e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_LEFT, 0, -1, "1.234568e+08"sv}, // %-e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_LEFT, 12, -1, "1.234568e+08"sv}, // %-12e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_LEFT, 0, 3, "1.235e+08"sv}, // %-.3e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_LEFT, 15, 2, "1.23e+08       "sv}, // %-15.2e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_LEFT, 0, 0, "1e+08"sv}, // %-.0e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_PLUS, 0, -1, "+1.234568e+08"sv}, // %+e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_PLUS, 12, -1, "+1.234568e+08"sv}, // %+12e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_PLUS, 0, 3, "+1.235e+08"sv}, // %+.3e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_PLUS, 15, 2, "      +1.23e+08"sv}, // %+15.2e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_PLUS, 0, 0, "+1e+08"sv}, // %+.0e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_SPACE, 0, -1, " 1.234568e+08"sv}, // % e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_SPACE, 12, -1, " 1.234568e+08"sv}, // % 12e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_SPACE, 0, 3, " 1.235e+08"sv}, // % .3e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_SPACE, 15, 2, "       1.23e+08"sv}, // % 15.2e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_SPACE, 0, 0, " 1e+08"sv}, // % .0e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_ZERO, 0, -1, "1.234568e+08"sv}, // %0e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_ZERO, 12, -1, "1.234568e+08"sv}, // %012e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_ZERO, 0, 3, "1.235e+08"sv}, // %0.3e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_ZERO, 15, 2, "00000001.23e+08"sv}, // %015.2e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_ZERO, 0, 0, "1e+08"sv}, // %0.0e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_ALT, 0, -1, "1.234568e+08"sv}, // %#e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_ALT, 12, -1, "1.234568e+08"sv}, // %#12e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_ALT, 0, 3, "1.235e+08"sv}, // %#.3e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_ALT, 15, 2, "       1.23e+08"sv}, // %#15.2e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_ALT, 0, 0, "1.e+08"sv}, // %#.0e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.234568e+08"sv}, // %+0e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.234568e+08"sv}, // %+012e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.235e+08"sv}, // %+0.3e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000001.23e+08"sv}, // %+015.2e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1e+08"sv}, // %+0.0e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.234568e+08"sv}, // %-#e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.234568e+08"sv}, // %-#12e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.235e+08"sv}, // %-#.3e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.23e+08       "sv}, // %-#15.2e
    {0x1.d6f3454000000p+26, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.e+08"sv}, // %-#.0e
    {0x1.d6f3454000000p+26, 'E', 0, 0, -1, "1.234568E+08"sv}, // %E
    {0x1.d6f3454000000p+26, 'E', 0, 12, -1, "1.234568E+08"sv}, // %12E
    {0x1.d6f3454000000p+26, 'E', 0, 0, 3, "1.235E+08"sv}, // %.3E
    {0x1.d6f3454000000p+26, 'E', 0, 15, 2, "       1.23E+08"sv}, // %15.2E
    {0x1.d6f3454000000p+26, 'E', 0, 0, 0, "1E+08"sv}, // %.0E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_LEFT, 0, -1, "1.234568E+08"sv}, // %-E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_LEFT, 12, -1, "1.234568E+08"sv}, // %-12E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_LEFT, 0, 3, "1.235E+08"sv}, // %-.3E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_LEFT, 15, 2, "1.23E+08       "sv}, // %-15.2E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_LEFT, 0, 0, "1E+08"sv}, // %-.0E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_PLUS, 0, -1, "+1.234568E+08"sv}, // %+E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_PLUS, 12, -1, "+1.234568E+08"sv}, // %+12E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_PLUS, 0, 3, "+1.235E+08"sv}, // %+.3E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_PLUS, 15, 2, "      +1.23E+08"sv}, // %+15.2E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_PLUS, 0, 0, "+1E+08"sv}, // %+.0E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_SPACE, 0, -1, " 1.234568E+08"sv}, // % E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_SPACE, 12, -1, " 1.234568E+08"sv}, // % 12E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_SPACE, 0, 3, " 1.235E+08"sv}, // % .3E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_SPACE, 15, 2, "       1.23E+08"sv}, // % 15.2E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_SPACE, 0, 0, " 1E+08"sv}, // % .0E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_ZERO, 0, -1, "1.234568E+08"sv}, // %0E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_ZERO, 12, -1, "1.234568E+08"sv}, // %012E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_ZERO, 0, 3, "1.235E+08"sv}, // %0.3E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_ZERO, 15, 2, "00000001.23E+08"sv}, // %015.2E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_ZERO, 0, 0, "1E+08"sv}, // %0.0E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_ALT, 0, -1, "1.234568E+08"sv}, // %#E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_ALT, 12, -1, "1.234568E+08"sv}, // %#12E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_ALT, 0, 3, "1.235E+08"sv}, // %#.3E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_ALT, 15, 2, "       1.23E+08"sv}, // %#15.2E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_ALT, 0, 0, "1.E+08"sv}, // %#.0E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.234568E+08"sv}, // %+0E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.234568E+08"sv}, // %+012E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.235E+08"sv}, // %+0.3E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000001.23E+08"sv}, // %+015.2E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1E+08"sv}, // %+0.0E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.234568E+08"sv}, // %-#E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.234568E+08"sv}, // %-#12E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.235E+08"sv}, // %-#.3E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.23E+08       "sv}, // %-#15.2E
    {0x1.d6f3454000000p+26, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.E+08"sv}, // %-#.0E
    {0x1.d6f3454000000p+26, 'f', 0, 0, -1, "123456789.000000"sv}, // %f
    {0x1.d6f3454000000p+26, 'f', 0, 12, -1, "123456789.000000"sv}, // %12f
    {0x1.d6f3454000000p+26, 'f', 0, 0, 3, "123456789.000"sv}, // %.3f
    {0x1.d6f3454000000p+26, 'f', 0, 15, 2, "   123456789.00"sv}, // %15.2f
    {0x1.d6f3454000000p+26, 'f', 0, 0, 0, "123456789"sv}, // %.0f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_LEFT, 0, -1, "123456789.000000"sv}, // %-f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_LEFT, 12, -1, "123456789.000000"sv}, // %-12f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_LEFT, 0, 3, "123456789.000"sv}, // %-.3f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_LEFT, 15, 2, "123456789.00   "sv}, // %-15.2f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_LEFT, 0, 0, "123456789"sv}, // %-.0f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_PLUS, 0, -1, "+123456789.000000"sv}, // %+f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_PLUS, 12, -1, "+123456789.000000"sv}, // %+12f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_PLUS, 0, 3, "+123456789.000"sv}, // %+.3f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_PLUS, 15, 2, "  +123456789.00"sv}, // %+15.2f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_PLUS, 0, 0, "+123456789"sv}, // %+.0f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_SPACE, 0, -1, " 123456789.000000"sv}, // % f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_SPACE, 12, -1, " 123456789.000000"sv}, // % 12f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_SPACE, 0, 3, " 123456789.000"sv}, // % .3f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_SPACE, 15, 2, "   123456789.00"sv}, // % 15.2f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_SPACE, 0, 0, " 123456789"sv}, // % .0f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_ZERO, 0, -1, "123456789.000000"sv}, // %0f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_ZERO, 12, -1, "123456789.000000"sv}, // %012f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_ZERO, 0, 3, "123456789.000"sv}, // %0.3f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_ZERO, 15, 2, "000123456789.00"sv}, // %015.2f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_ZERO, 0, 0, "123456789"sv}, // %0.0f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_ALT, 0, -1, "123456789.000000"sv}, // %#f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_ALT, 12, -1, "123456789.000000"sv}, // %#12f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_ALT, 0, 3, "123456789.000"sv}, // %#.3f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_ALT, 15, 2, "   123456789.00"sv}, // %#15.2f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_ALT, 0, 0, "123456789."sv}, // %#.0f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+123456789.000000"sv}, // %+0f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+123456789.000000"sv}, // %+012f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+123456789.000"sv}, // %+0.3f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00123456789.00"sv}, // %+015.2f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+123456789"sv}, // %+0.0f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "123456789.000000"sv}, // %-#f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "123456789.000000"sv}, // %-#12f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "123456789.000"sv}, // %-#.3f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "123456789.00   "sv}, // %-#15.2f
    {0x1.d6f3454000000p+26, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "123456789."sv}, // %-#.0f
    {0x1.d6f3454000000p+26, 'F', 0, 0, -1, "123456789.000000"sv}, // %F
    {0x1.d6f3454000000p+26, 'F', 0, 12, -1, "123456789.000000"sv}, // %12F
    {0x1.d6f3454000000p+26, 'F', 0, 0, 3, "123456789.000"sv}, // %.3F
    {0x1.d6f3454000000p+26, 'F', 0, 15, 2, "   123456789.00"sv}, // %15.2F
    {0x1.d6f3454000000p+26, 'F', 0, 0, 0, "123456789"sv}, // %.0F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_LEFT, 0, -1, "123456789.000000"sv}, // %-F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_LEFT, 12, -1, "123456789.000000"sv}, // %-12F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_LEFT, 0, 3, "123456789.000"sv}, // %-.3F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_LEFT, 15, 2, "123456789.00   "sv}, // %-15.2F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_LEFT, 0, 0, "123456789"sv}, // %-.0F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_PLUS, 0, -1, "+123456789.000000"sv}, // %+F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_PLUS, 12, -1, "+123456789.000000"sv}, // %+12F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_PLUS, 0, 3, "+123456789.000"sv}, // %+.3F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_PLUS, 15, 2, "  +123456789.00"sv}, // %+15.2F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_PLUS, 0, 0, "+123456789"sv}, // %+.0F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_SPACE, 0, -1, " 123456789.000000"sv}, // % F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_SPACE, 12, -1, " 123456789.000000"sv}, // % 12F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_SPACE, 0, 3, " 123456789.000"sv}, // % .3F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_SPACE, 15, 2, "   123456789.00"sv}, // % 15.2F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_SPACE, 0, 0, " 123456789"sv}, // % .0F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_ZERO, 0, -1, "123456789.000000"sv}, // %0F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_ZERO, 12, -1, "123456789.000000"sv}, // %012F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_ZERO, 0, 3, "123456789.000"sv}, // %0.3F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_ZERO, 15, 2, "000123456789.00"sv}, // %015.2F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_ZERO, 0, 0, "123456789"sv}, // %0.0F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_ALT, 0, -1, "123456789.000000"sv}, // %#F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_ALT, 12, -1, "123456789.000000"sv}, // %#12F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_ALT, 0, 3, "123456789.000"sv}, // %#.3F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_ALT, 15, 2, "   123456789.00"sv}, // %#15.2F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_ALT, 0, 0, "123456789."sv}, // %#.0F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+123456789.000000"sv}, // %+0F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+123456789.000000"sv}, // %+012F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+123456789.000"sv}, // %+0.3F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00123456789.00"sv}, // %+015.2F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+123456789"sv}, // %+0.0F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "123456789.000000"sv}, // %-#F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "123456789.000000"sv}, // %-#12F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "123456789.000"sv}, // %-#.3F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "123456789.00   "sv}, // %-#15.2F
    {0x1.d6f3454000000p+26, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "123456789."sv}, // %-#.0F
    {0x1.d6f3454000000p+26, 'g', 0, 0, -1, "1.23457e+08"sv}, // %g
    {0x1.d6f3454000000p+26, 'g', 0, 12, -1, " 1.23457e+08"sv}, // %12g
    {0x1.d6f3454000000p+26, 'g', 0, 0, 3, "1.23e+08"sv}, // %.3g
    {0x1.d6f3454000000p+26, 'g', 0, 15, 2, "        1.2e+08"sv}, // %15.2g
    {0x1.d6f3454000000p+26, 'g', 0, 0, 0, "1e+08"sv}, // %.0g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_LEFT, 0, -1, "1.23457e+08"sv}, // %-g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_LEFT, 12, -1, "1.23457e+08 "sv}, // %-12g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_LEFT, 0, 3, "1.23e+08"sv}, // %-.3g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_LEFT, 15, 2, "1.2e+08        "sv}, // %-15.2g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_LEFT, 0, 0, "1e+08"sv}, // %-.0g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_PLUS, 0, -1, "+1.23457e+08"sv}, // %+g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_PLUS, 12, -1, "+1.23457e+08"sv}, // %+12g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_PLUS, 0, 3, "+1.23e+08"sv}, // %+.3g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_PLUS, 15, 2, "       +1.2e+08"sv}, // %+15.2g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_PLUS, 0, 0, "+1e+08"sv}, // %+.0g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_SPACE, 0, -1, " 1.23457e+08"sv}, // % g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_SPACE, 12, -1, " 1.23457e+08"sv}, // % 12g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_SPACE, 0, 3, " 1.23e+08"sv}, // % .3g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_SPACE, 15, 2, "        1.2e+08"sv}, // % 15.2g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_SPACE, 0, 0, " 1e+08"sv}, // % .0g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_ZERO, 0, -1, "1.23457e+08"sv}, // %0g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_ZERO, 12, -1, "01.23457e+08"sv}, // %012g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_ZERO, 0, 3, "1.23e+08"sv}, // %0.3g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_ZERO, 15, 2, "000000001.2e+08"sv}, // %015.2g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_ZERO, 0, 0, "1e+08"sv}, // %0.0g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_ALT, 0, -1, "1.23457e+08"sv}, // %#g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_ALT, 12, -1, " 1.23457e+08"sv}, // %#12g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_ALT, 0, 3, "1.23e+08"sv}, // %#.3g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_ALT, 15, 2, "        1.2e+08"sv}, // %#15.2g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_ALT, 0, 0, "1.e+08"sv}, // %#.0g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.23457e+08"sv}, // %+0g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.23457e+08"sv}, // %+012g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.23e+08"sv}, // %+0.3g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000001.2e+08"sv}, // %+015.2g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1e+08"sv}, // %+0.0g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.23457e+08"sv}, // %-#g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.23457e+08 "sv}, // %-#12g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.23e+08"sv}, // %-#.3g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.2e+08        "sv}, // %-#15.2g
    {0x1.d6f3454000000p+26, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.e+08"sv}, // %-#.0g
    {0x1.d6f3454000000p+26, 'G', 0, 0, -1, "1.23457E+08"sv}, // %G
    {0x1.d6f3454000000p+26, 'G', 0, 12, -1, " 1.23457E+08"sv}, // %12G
    {0x1.d6f3454000000p+26, 'G', 0, 0, 3, "1.23E+08"sv}, // %.3G
    {0x1.d6f3454000000p+26, 'G', 0, 15, 2, "        1.2E+08"sv}, // %15.2G
    {0x1.d6f3454000000p+26, 'G', 0, 0, 0, "1E+08"sv}, // %.0G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_LEFT, 0, -1, "1.23457E+08"sv}, // %-G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_LEFT, 12, -1, "1.23457E+08 "sv}, // %-12G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_LEFT, 0, 3, "1.23E+08"sv}, // %-.3G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_LEFT, 15, 2, "1.2E+08        "sv}, // %-15.2G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_LEFT, 0, 0, "1E+08"sv}, // %-.0G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_PLUS, 0, -1, "+1.23457E+08"sv}, // %+G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_PLUS, 12, -1, "+1.23457E+08"sv}, // %+12G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_PLUS, 0, 3, "+1.23E+08"sv}, // %+.3G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_PLUS, 15, 2, "       +1.2E+08"sv}, // %+15.2G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_PLUS, 0, 0, "+1E+08"sv}, // %+.0G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_SPACE, 0, -1, " 1.23457E+08"sv}, // % G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_SPACE, 12, -1, " 1.23457E+08"sv}, // % 12G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_SPACE, 0, 3, " 1.23E+08"sv}, // % .3G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_SPACE, 15, 2, "        1.2E+08"sv}, // % 15.2G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_SPACE, 0, 0, " 1E+08"sv}, // % .0G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_ZERO, 0, -1, "1.23457E+08"sv}, // %0G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_ZERO, 12, -1, "01.23457E+08"sv}, // %012G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_ZERO, 0, 3, "1.23E+08"sv}, // %0.3G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_ZERO, 15, 2, "000000001.2E+08"sv}, // %015.2G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_ZERO, 0, 0, "1E+08"sv}, // %0.0G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_ALT, 0, -1, "1.23457E+08"sv}, // %#G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_ALT, 12, -1, " 1.23457E+08"sv}, // %#12G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_ALT, 0, 3, "1.23E+08"sv}, // %#.3G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_ALT, 15, 2, "        1.2E+08"sv}, // %#15.2G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_ALT, 0, 0, "1.E+08"sv}, // %#.0G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.23457E+08"sv}, // %+0G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.23457E+08"sv}, // %+012G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.23E+08"sv}, // %+0.3G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000001.2E+08"sv}, // %+015.2G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1E+08"sv}, // %+0.0G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.23457E+08"sv}, // %-#G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.23457E+08 "sv}, // %-#12G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.23E+08"sv}, // %-#.3G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.2E+08        "sv}, // %-#15.2G
    {0x1.d6f3454000000p+26, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.E+08"sv}, // %-#.0G
    {0x1.d6f3454000000p+26, 's', 0, 0, -1, "123456789.0"sv}, // %s
    {0x1.d6f3454000000p+26, 's', 0, 12, -1, " 123456789.0"sv}, // %12s
    {0x1.d6f3454000000p+26, 's', 0, 0, 3, "123"sv}, // %.3s
    {0x1.d6f3454000000p+26, 's', 0, 15, 2, "             12"sv}, // %15.2s
    {0x1.d6f3454000000p+26, 's', 0, 0, 0, ""sv}, // %.0s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_LEFT, 0, -1, "123456789.0"sv}, // %-s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_LEFT, 12, -1, "123456789.0 "sv}, // %-12s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_LEFT, 0, 3, "123"sv}, // %-.3s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_LEFT, 15, 2, "12             "sv}, // %-15.2s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_PLUS, 0, -1, "123456789.0"sv}, // %+s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_PLUS, 12, -1, " 123456789.0"sv}, // %+12s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_PLUS, 0, 3, "123"sv}, // %+.3s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_PLUS, 15, 2, "             12"sv}, // %+15.2s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_SPACE, 0, -1, "123456789.0"sv}, // % s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_SPACE, 12, -1, " 123456789.0"sv}, // % 12s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_SPACE, 0, 3, "123"sv}, // % .3s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_SPACE, 15, 2, "             12"sv}, // % 15.2s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_ZERO, 0, -1, "123456789.0"sv}, // %0s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_ZERO, 12, -1, " 123456789.0"sv}, // %012s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_ZERO, 0, 3, "123"sv}, // %0.3s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_ZERO, 15, 2, "             12"sv}, // %015.2s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_ALT, 0, -1, "123456789.0"sv}, // %#s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_ALT, 12, -1, " 123456789.0"sv}, // %#12s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_ALT, 0, 3, "123"sv}, // %#.3s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_ALT, 15, 2, "             12"sv}, // %#15.2s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "123456789.0"sv}, // %+0s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, " 123456789.0"sv}, // %+012s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "123"sv}, // %+0.3s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             12"sv}, // %+015.2s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "123456789.0"sv}, // %-#s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "123456789.0 "sv}, // %-#12s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "123"sv}, // %-#.3s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "12             "sv}, // %-#15.2s
    {0x1.d6f3454000000p+26, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {0x1.d6f3454000000p+26, 'r', 0, 0, -1, "123456789.0"sv}, // %r
    {0x1.d6f3454000000p+26, 'r', 0, 12, -1, " 123456789.0"sv}, // %12r
    {0x1.d6f3454000000p+26, 'r', 0, 0, 3, "123"sv}, // %.3r
    {0x1.d6f3454000000p+26, 'r', 0, 15, 2, "             12"sv}, // %15.2r
    {0x1.d6f3454000000p+26, 'r', 0, 0, 0, ""sv}, // %.0r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_LEFT, 0, -1, "123456789.0"sv}, // %-r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_LEFT, 12, -1, "123456789.0 "sv}, // %-12r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_LEFT, 0, 3, "123"sv}, // %-.3r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_LEFT, 15, 2, "12             "sv}, // %-15.2r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_PLUS, 0, -1, "123456789.0"sv}, // %+r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_PLUS, 12, -1, " 123456789.0"sv}, // %+12r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_PLUS, 0, 3, "123"sv}, // %+.3r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_PLUS, 15, 2, "             12"sv}, // %+15.2r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_SPACE, 0, -1, "123456789.0"sv}, // % r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_SPACE, 12, -1, " 123456789.0"sv}, // % 12r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_SPACE, 0, 3, "123"sv}, // % .3r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_SPACE, 15, 2, "             12"sv}, // % 15.2r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_ZERO, 0, -1, "123456789.0"sv}, // %0r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_ZERO, 12, -1, " 123456789.0"sv}, // %012r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_ZERO, 0, 3, "123"sv}, // %0.3r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_ZERO, 15, 2, "             12"sv}, // %015.2r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_ALT, 0, -1, "123456789.0"sv}, // %#r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_ALT, 12, -1, " 123456789.0"sv}, // %#12r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_ALT, 0, 3, "123"sv}, // %#.3r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_ALT, 15, 2, "             12"sv}, // %#15.2r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "123456789.0"sv}, // %+0r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, " 123456789.0"sv}, // %+012r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "123"sv}, // %+0.3r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             12"sv}, // %+015.2r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "123456789.0"sv}, // %-#r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "123456789.0 "sv}, // %-#12r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "123"sv}, // %-#.3r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "12             "sv}, // %-#15.2r
    {0x1.d6f3454000000p+26, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {0x1.d6f3454000000p+26, 'd', 0, 0, -1, "123456789"sv}, // %d
    {0x1.d6f3454000000p+26, 'd', 0, 12, -1, "   123456789"sv}, // %12d
    {0x1.d6f3454000000p+26, 'd', 0, 0, 3, "123456789"sv}, // %.3d
    {0x1.d6f3454000000p+26, 'd', 0, 15, 2, "      123456789"sv}, // %15.2d
    {0x1.d6f3454000000p+26, 'd', 0, 0, 0, "123456789"sv}, // %.0d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_LEFT, 0, -1, "123456789"sv}, // %-d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_LEFT, 12, -1, "123456789   "sv}, // %-12d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_LEFT, 0, 3, "123456789"sv}, // %-.3d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_LEFT, 15, 2, "123456789      "sv}, // %-15.2d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_LEFT, 0, 0, "123456789"sv}, // %-.0d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_PLUS, 0, -1, "+123456789"sv}, // %+d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_PLUS, 12, -1, "  +123456789"sv}, // %+12d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_PLUS, 0, 3, "+123456789"sv}, // %+.3d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_PLUS, 15, 2, "     +123456789"sv}, // %+15.2d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_PLUS, 0, 0, "+123456789"sv}, // %+.0d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_SPACE, 0, -1, " 123456789"sv}, // % d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_SPACE, 12, -1, "   123456789"sv}, // % 12d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_SPACE, 0, 3, " 123456789"sv}, // % .3d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_SPACE, 15, 2, "      123456789"sv}, // % 15.2d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_SPACE, 0, 0, " 123456789"sv}, // % .0d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_ZERO, 0, -1, "123456789"sv}, // %0d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_ZERO, 12, -1, "000123456789"sv}, // %012d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_ZERO, 0, 3, "123456789"sv}, // %0.3d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_ZERO, 15, 2, "000000123456789"sv}, // %015.2d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_ZERO, 0, 0, "123456789"sv}, // %0.0d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_ALT, 0, -1, "123456789"sv}, // %#d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_ALT, 12, -1, "   123456789"sv}, // %#12d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_ALT, 0, 3, "123456789"sv}, // %#.3d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_ALT, 15, 2, "      123456789"sv}, // %#15.2d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_ALT, 0, 0, "123456789"sv}, // %#.0d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+123456789"sv}, // %+0d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00123456789"sv}, // %+012d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+123456789"sv}, // %+0.3d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000123456789"sv}, // %+015.2d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+123456789"sv}, // %+0.0d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "123456789"sv}, // %-#d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "123456789   "sv}, // %-#12d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "123456789"sv}, // %-#.3d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "123456789      "sv}, // %-#15.2d
    {0x1.d6f3454000000p+26, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "123456789"sv}, // %-#.0d
    {0x1.0f0cf064dd592p+73, 'e', 0, 0, -1, "1.000000e+22"sv}, // %e
    {0x1.0f0cf064dd592p+73, 'e', 0, 12, -1, "1.000000e+22"sv}, // %12e
    {0x1.0f0cf064dd592p+73, 'e', 0, 0, 3, "1.000e+22"sv}, // %.3e
    {0x1.0f0cf064dd592p+73, 'e', 0, 15, 2, "       1.00e+22"sv}, // %15.2e
    {0x1.0f0cf064dd592p+73, 'e', 0, 0, 0, "1e+22"sv}, // %.0e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_LEFT, 0, -1, "1.000000e+22"sv}, // %-e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_LEFT, 12, -1, "1.000000e+22"sv}, // %-12e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_LEFT, 0, 3, "1.000e+22"sv}, // %-.3e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_LEFT, 15, 2, "1.00e+22       "sv}, // %-15.2e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_LEFT, 0, 0, "1e+22"sv}, // %-.0e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_PLUS, 0, -1, "+1.000000e+22"sv}, // %+e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_PLUS, 12, -1, "+1.000000e+22"sv}, // %+12e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_PLUS, 0, 3, "+1.000e+22"sv}, // %+.3e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_PLUS, 15, 2, "      +1.00e+22"sv}, // %+15.2e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_PLUS, 0, 0, "+1e+22"sv}, // %+.0e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_SPACE, 0, -1, " 1.000000e+22"sv}, // % e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_SPACE, 12, -1, " 1.000000e+22"sv}, // % 12e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_SPACE, 0, 3, " 1.000e+22"sv}, // % .3e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_SPACE, 15, 2, "       1.00e+22"sv}, // % 15.2e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_SPACE, 0, 0, " 1e+22"sv}, // % .0e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_ZERO, 0, -1, "1.000000e+22"sv}, // %0e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_ZERO, 12, -1, "1.000000e+22"sv}, // %012e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_ZERO, 0, 3, "1.000e+22"sv}, // %0.3e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_ZERO, 15, 2, "00000001.00e+22"sv}, // %015.2e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_ZERO, 0, 0, "1e+22"sv}, // %0.0e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_ALT, 0, -1, "1.000000e+22"sv}, // %#e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_ALT, 12, -1, "1.000000e+22"sv}, // %#12e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_ALT, 0, 3, "1.000e+22"sv}, // %#.3e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_ALT, 15, 2, "       1.00e+22"sv}, // %#15.2e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_ALT, 0, 0, "1.e+22"sv}, // %#.0e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.000000e+22"sv}, // %+0e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.000000e+22"sv}, // %+012e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.000e+22"sv}, // %+0.3e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000001.00e+22"sv}, // %+015.2e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1e+22"sv}, // %+0.0e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.000000e+22"sv}, // %-#e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.000000e+22"sv}, // %-#12e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.000e+22"sv}, // %-#.3e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.00e+22       "sv}, // %-#15.2e
    {0x1.0f0cf064dd592p+73, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.e+22"sv}, // %-#.0e
    {0x1.0f0cf064dd592p+73, 'E', 0, 0, -1, "1.000000E+22"sv}, // %E
    {0x1.0f0cf064dd592p+73, 'E', 0, 12, -1, "1.000000E+22"sv}, // %12E
    {0x1.0f0cf064dd592p+73, 'E', 0, 0, 3, "1.000E+22"sv}, // %.3E
    {0x1.0f0cf064dd592p+73, 'E', 0, 15, 2, "       1.00E+22"sv}, // %15.2E
    {0x1.0f0cf064dd592p+73, 'E', 0, 0, 0, "1E+22"sv}, // %.0E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_LEFT, 0, -1, "1.000000E+22"sv}, // %-E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_LEFT, 12, -1, "1.000000E+22"sv}, // %-12E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_LEFT, 0, 3, "1.000E+22"sv}, // %-.3E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_LEFT, 15, 2, "1.00E+22       "sv}, // %-15.2E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_LEFT, 0, 0, "1E+22"sv}, // %-.0E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_PLUS, 0, -1, "+1.000000E+22"sv}, // %+E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_PLUS, 12, -1, "+1.000000E+22"sv}, // %+12E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_PLUS, 0, 3, "+1.000E+22"sv}, // %+.3E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_PLUS, 15, 2, "      +1.00E+22"sv}, // %+15.2E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_PLUS, 0, 0, "+1E+22"sv}, // %+.0E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_SPACE, 0, -1, " 1.000000E+22"sv}, // % E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_SPACE, 12, -1, " 1.000000E+22"sv}, // % 12E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_SPACE, 0, 3, " 1.000E+22"sv}, // % .3E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_SPACE, 15, 2, "       1.00E+22"sv}, // % 15.2E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_SPACE, 0, 0, " 1E+22"sv}, // % .0E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_ZERO, 0, -1, "1.000000E+22"sv}, // %0E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_ZERO, 12, -1, "1.000000E+22"sv}, // %012E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_ZERO, 0, 3, "1.000E+22"sv}, // %0.3E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_ZERO, 15, 2, "00000001.00E+22"sv}, // %015.2E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_ZERO, 0, 0, "1E+22"sv}, // %0.0E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_ALT, 0, -1, "1.000000E+22"sv}, // %#E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_ALT, 12, -1, "1.000000E+22"sv}, // %#12E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_ALT, 0, 3, "1.000E+22"sv}, // %#.3E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_ALT, 15, 2, "       1.00E+22"sv}, // %#15.2E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_ALT, 0, 0, "1.E+22"sv}, // %#.0E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.000000E+22"sv}, // %+0E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.000000E+22"sv}, // %+012E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.000E+22"sv}, // %+0.3E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000001.00E+22"sv}, // %+015.2E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1E+22"sv}, // %+0.0E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.000000E+22"sv}, // %-#E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.000000E+22"sv}, // %-#12E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.000E+22"sv}, // %-#.3E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.00E+22       "sv}, // %-#15.2E
    {0x1.0f0cf064dd592p+73, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.E+22"sv}, // %-#.0E
    {0x1.0f0cf064dd592p+73, 'f', 0, 0, -1, "10000000000000000000000.000000"sv}, // %f
    {0x1.0f0cf064dd592p+73, 'f', 0, 12, -1, "10000000000000000000000.000000"sv}, // %12f
    {0x1.0f0cf064dd592p+73, 'f', 0, 0, 3, "10000000000000000000000.000"sv}, // %.3f
    {0x1.0f0cf064dd592p+73, 'f', 0, 15, 2, "10000000000000000000000.00"sv}, // %15.2f
    {0x1.0f0cf064dd592p+73, 'f', 0, 0, 0, "10000000000000000000000"sv}, // %.0f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_LEFT, 0, -1, "10000000000000000000000.000000"sv}, // %-f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_LEFT, 12, -1, "10000000000000000000000.000000"sv}, // %-12f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_LEFT, 0, 3, "10000000000000000000000.000"sv}, // %-.3f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_LEFT, 15, 2, "10000000000000000000000.00"sv}, // %-15.2f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_LEFT, 0, 0, "10000000000000000000000"sv}, // %-.0f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_PLUS, 0, -1, "+10000000000000000000000.000000"sv}, // %+f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_PLUS, 12, -1, "+10000000000000000000000.000000"sv}, // %+12f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_PLUS, 0, 3, "+10000000000000000000000.000"sv}, // %+.3f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_PLUS, 15, 2, "+10000000000000000000000.00"sv}, // %+15.2f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_PLUS, 0, 0, "+10000000000000000000000"sv}, // %+.0f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_SPACE, 0, -1, " 10000000000000000000000.000000"sv}, // % f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_SPACE, 12, -1, " 10000000000000000000000.000000"sv}, // % 12f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_SPACE, 0, 3, " 10000000000000000000000.000"sv}, // % .3f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_SPACE, 15, 2, " 10000000000000000000000.00"sv}, // % 15.2f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_SPACE, 0, 0, " 10000000000000000000000"sv}, // % .0f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_ZERO, 0, -1, "10000000000000000000000.000000"sv}, // %0f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_ZERO, 12, -1, "10000000000000000000000.000000"sv}, // %012f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_ZERO, 0, 3, "10000000000000000000000.000"sv}, // %0.3f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_ZERO, 15, 2, "10000000000000000000000.00"sv}, // %015.2f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_ZERO, 0, 0, "10000000000000000000000"sv}, // %0.0f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_ALT, 0, -1, "10000000000000000000000.000000"sv}, // %#f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_ALT, 12, -1, "10000000000000000000000.000000"sv}, // %#12f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_ALT, 0, 3, "10000000000000000000000.000"sv}, // %#.3f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_ALT, 15, 2, "10000000000000000000000.00"sv}, // %#15.2f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_ALT, 0, 0, "10000000000000000000000."sv}, // %#.0f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+10000000000000000000000.000000"sv}, // %+0f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+10000000000000000000000.000000"sv}, // %+012f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+10000000000000000000000.000"sv}, // %+0.3f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+10000000000000000000000.00"sv}, // %+015.2f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+10000000000000000000000"sv}, // %+0.0f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "10000000000000000000000.000000"sv}, // %-#f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "10000000000000000000000.000000"sv}, // %-#12f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "10000000000000000000000.000"sv}, // %-#.3f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "10000000000000000000000.00"sv}, // %-#15.2f
    {0x1.0f0cf064dd592p+73, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "10000000000000000000000."sv}, // %-#.0f
    {0x1.0f0cf064dd592p+73, 'F', 0, 0, -1, "10000000000000000000000.000000"sv}, // %F
    {0x1.0f0cf064dd592p+73, 'F', 0, 12, -1, "10000000000000000000000.000000"sv}, // %12F
    {0x1.0f0cf064dd592p+73, 'F', 0, 0, 3, "10000000000000000000000.000"sv}, // %.3F
    {0x1.0f0cf064dd592p+73, 'F', 0, 15, 2, "10000000000000000000000.00"sv}, // %15.2F
    {0x1.0f0cf064dd592p+73, 'F', 0, 0, 0, "10000000000000000000000"sv}, // %.0F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_LEFT, 0, -1, "10000000000000000000000.000000"sv}, // %-F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_LEFT, 12, -1, "10000000000000000000000.000000"sv}, // %-12F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_LEFT, 0, 3, "10000000000000000000000.000"sv}, // %-.3F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_LEFT, 15, 2, "10000000000000000000000.00"sv}, // %-15.2F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_LEFT, 0, 0, "10000000000000000000000"sv}, // %-.0F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_PLUS, 0, -1, "+10000000000000000000000.000000"sv}, // %+F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_PLUS, 12, -1, "+10000000000000000000000.000000"sv}, // %+12F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_PLUS, 0, 3, "+10000000000000000000000.000"sv}, // %+.3F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_PLUS, 15, 2, "+10000000000000000000000.00"sv}, // %+15.2F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_PLUS, 0, 0, "+10000000000000000000000"sv}, // %+.0F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_SPACE, 0, -1, " 10000000000000000000000.000000"sv}, // % F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_SPACE, 12, -1, " 10000000000000000000000.000000"sv}, // % 12F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_SPACE, 0, 3, " 10000000000000000000000.000"sv}, // % .3F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_SPACE, 15, 2, " 10000000000000000000000.00"sv}, // % 15.2F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_SPACE, 0, 0, " 10000000000000000000000"sv}, // % .0F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_ZERO, 0, -1, "10000000000000000000000.000000"sv}, // %0F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_ZERO, 12, -1, "10000000000000000000000.000000"sv}, // %012F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_ZERO, 0, 3, "10000000000000000000000.000"sv}, // %0.3F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_ZERO, 15, 2, "10000000000000000000000.00"sv}, // %015.2F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_ZERO, 0, 0, "10000000000000000000000"sv}, // %0.0F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_ALT, 0, -1, "10000000000000000000000.000000"sv}, // %#F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_ALT, 12, -1, "10000000000000000000000.000000"sv}, // %#12F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_ALT, 0, 3, "10000000000000000000000.000"sv}, // %#.3F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_ALT, 15, 2, "10000000000000000000000.00"sv}, // %#15.2F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_ALT, 0, 0, "10000000000000000000000."sv}, // %#.0F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+10000000000000000000000.000000"sv}, // %+0F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+10000000000000000000000.000000"sv}, // %+012F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+10000000000000000000000.000"sv}, // %+0.3F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+10000000000000000000000.00"sv}, // %+015.2F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+10000000000000000000000"sv}, // %+0.0F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "10000000000000000000000.000000"sv}, // %-#F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "10000000000000000000000.000000"sv}, // %-#12F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "10000000000000000000000.000"sv}, // %-#.3F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "10000000000000000000000.00"sv}, // %-#15.2F
    {0x1.0f0cf064dd592p+73, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "10000000000000000000000."sv}, // %-#.0F
    {0x1.0f0cf064dd592p+73, 'g', 0, 0, -1, "1e+22"sv}, // %g
    {0x1.0f0cf064dd592p+73, 'g', 0, 12, -1, "       1e+22"sv}, // %12g
    {0x1.0f0cf064dd592p+73, 'g', 0, 0, 3, "1e+22"sv}, // %.3g
    {0x1.0f0cf064dd592p+73, 'g', 0, 15, 2, "          1e+22"sv}, // %15.2g
    {0x1.0f0cf064dd592p+73, 'g', 0, 0, 0, "1e+22"sv}, // %.0g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_LEFT, 0, -1, "1e+22"sv}, // %-g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_LEFT, 12, -1, "1e+22       "sv}, // %-12g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_LEFT, 0, 3, "1e+22"sv}, // %-.3g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_LEFT, 15, 2, "1e+22          "sv}, // %-15.2g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_LEFT, 0, 0, "1e+22"sv}, // %-.0g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_PLUS, 0, -1, "+1e+22"sv}, // %+g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_PLUS, 12, -1, "      +1e+22"sv}, // %+12g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_PLUS, 0, 3, "+1e+22"sv}, // %+.3g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_PLUS, 15, 2, "         +1e+22"sv}, // %+15.2g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_PLUS, 0, 0, "+1e+22"sv}, // %+.0g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_SPACE, 0, -1, " 1e+22"sv}, // % g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_SPACE, 12, -1, "       1e+22"sv}, // % 12g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_SPACE, 0, 3, " 1e+22"sv}, // % .3g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_SPACE, 15, 2, "          1e+22"sv}, // % 15.2g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_SPACE, 0, 0, " 1e+22"sv}, // % .0g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_ZERO, 0, -1, "1e+22"sv}, // %0g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_ZERO, 12, -1, "00000001e+22"sv}, // %012g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_ZERO, 0, 3, "1e+22"sv}, // %0.3g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_ZERO, 15, 2, "00000000001e+22"sv}, // %015.2g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_ZERO, 0, 0, "1e+22"sv}, // %0.0g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_ALT, 0, -1, "1.00000e+22"sv}, // %#g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_ALT, 12, -1, " 1.00000e+22"sv}, // %#12g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_ALT, 0, 3, "1.00e+22"sv}, // %#.3g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_ALT, 15, 2, "        1.0e+22"sv}, // %#15.2g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_ALT, 0, 0, "1.e+22"sv}, // %#.0g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1e+22"sv}, // %+0g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0000001e+22"sv}, // %+012g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1e+22"sv}, // %+0.3g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000000001e+22"sv}, // %+015.2g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1e+22"sv}, // %+0.0g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.00000e+22"sv}, // %-#g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.00000e+22 "sv}, // %-#12g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.00e+22"sv}, // %-#.3g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.0e+22        "sv}, // %-#15.2g
    {0x1.0f0cf064dd592p+73, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.e+22"sv}, // %-#.0g
    {0x1.0f0cf064dd592p+73, 'G', 0, 0, -1, "1E+22"sv}, // %G
    {0x1.0f0cf064dd592p+73, 'G', 0, 12, -1, "       1E+22"sv}, // %12G
    {0x1.0f0cf064dd592p+73, 'G', 0, 0, 3, "1E+22"sv}, // %.3G
    {0x1.0f0cf064dd592p+73, 'G', 0, 15, 2, "          1E+22"sv}, // %15.2G
    {0x1.0f0cf064dd592p+73, 'G', 0, 0, 0, "1E+22"sv}, // %.0G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_LEFT, 0, -1, "1E+22"sv}, // %-G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_LEFT, 12, -1, "1E+22       "sv}, // %-12G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_LEFT, 0, 3, "1E+22"sv}, // %-.3G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_LEFT, 15, 2, "1E+22          "sv}, // %-15.2G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_LEFT, 0, 0, "1E+22"sv}, // %-.0G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_PLUS, 0, -1, "+1E+22"sv}, // %+G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_PLUS, 12, -1, "      +1E+22"sv}, // %+12G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_PLUS, 0, 3, "+1E+22"sv}, // %+.3G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_PLUS, 15, 2, "         +1E+22"sv}, // %+15.2G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_PLUS, 0, 0, "+1E+22"sv}, // %+.0G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_SPACE, 0, -1, " 1E+22"sv}, // % G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_SPACE, 12, -1, "       1E+22"sv}, // % 12G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_SPACE, 0, 3, " 1E+22"sv}, // % .3G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_SPACE, 15, 2, "          1E+22"sv}, // % 15.2G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_SPACE, 0, 0, " 1E+22"sv}, // % .0G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_ZERO, 0, -1, "1E+22"sv}, // %0G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_ZERO, 12, -1, "00000001E+22"sv}, // %012G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_ZERO, 0, 3, "1E+22"sv}, // %0.3G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_ZERO, 15, 2, "00000000001E+22"sv}, // %015.2G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_ZERO, 0, 0, "1E+22"sv}, // %0.0G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_ALT, 0, -1, "1.00000E+22"sv}, // %#G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_ALT, 12, -1, " 1.00000E+22"sv}, // %#12G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_ALT, 0, 3, "1.00E+22"sv}, // %#.3G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_ALT, 15, 2, "        1.0E+22"sv}, // %#15.2G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_ALT, 0, 0, "1.E+22"sv}, // %#.0G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1E+22"sv}, // %+0G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0000001E+22"sv}, // %+012G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1E+22"sv}, // %+0.3G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000000001E+22"sv}, // %+015.2G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1E+22"sv}, // %+0.0G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.00000E+22"sv}, // %-#G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.00000E+22 "sv}, // %-#12G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.00E+22"sv}, // %-#.3G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.0E+22        "sv}, // %-#15.2G
    {0x1.0f0cf064dd592p+73, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.E+22"sv}, // %-#.0G
    {0x1.0f0cf064dd592p+73, 's', 0, 0, -1, "1e+22"sv}, // %s
    {0x1.0f0cf064dd592p+73, 's', 0, 12, -1, "       1e+22"sv}, // %12s
    {0x1.0f0cf064dd592p+73, 's', 0, 0, 3, "1e+"sv}, // %.3s
    {0x1.0f0cf064dd592p+73, 's', 0, 15, 2, "             1e"sv}, // %15.2s
    {0x1.0f0cf064dd592p+73, 's', 0, 0, 0, ""sv}, // %.0s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_LEFT, 0, -1, "1e+22"sv}, // %-s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_LEFT, 12, -1, "1e+22       "sv}, // %-12s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_LEFT, 0, 3, "1e+"sv}, // %-.3s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_LEFT, 15, 2, "1e             "sv}, // %-15.2s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_PLUS, 0, -1, "1e+22"sv}, // %+s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_PLUS, 12, -1, "       1e+22"sv}, // %+12s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_PLUS, 0, 3, "1e+"sv}, // %+.3s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_PLUS, 15, 2, "             1e"sv}, // %+15.2s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_SPACE, 0, -1, "1e+22"sv}, // % s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_SPACE, 12, -1, "       1e+22"sv}, // % 12s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_SPACE, 0, 3, "1e+"sv}, // % .3s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_SPACE, 15, 2, "             1e"sv}, // % 15.2s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_ZERO, 0, -1, "1e+22"sv}, // %0s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_ZERO, 12, -1, "       1e+22"sv}, // %012s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_ZERO, 0, 3, "1e+"sv}, // %0.3s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_ZERO, 15, 2, "             1e"sv}, // %015.2s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_ALT, 0, -1, "1e+22"sv}, // %#s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_ALT, 12, -1, "       1e+22"sv}, // %#12s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_ALT, 0, 3, "1e+"sv}, // %#.3s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_ALT, 15, 2, "             1e"sv}, // %#15.2s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "1e+22"sv}, // %+0s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "       1e+22"sv}, // %+012s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "1e+"sv}, // %+0.3s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             1e"sv}, // %+015.2s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1e+22"sv}, // %-#s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1e+22       "sv}, // %-#12s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1e+"sv}, // %-#.3s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1e             "sv}, // %-#15.2s
    {0x1.0f0cf064dd592p+73, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {0x1.0f0cf064dd592p+73, 'r', 0, 0, -1, "1e+22"sv}, // %r
    {0x1.0f0cf064dd592p+73, 'r', 0, 12, -1, "       1e+22"sv}, // %12r
    {0x1.0f0cf064dd592p+73, 'r', 0, 0, 3, "1e+"sv}, // %.3r
    {0x1.0f0cf064dd592p+73, 'r', 0, 15, 2, "             1e"sv}, // %15.2r
    {0x1.0f0cf064dd592p+73, 'r', 0, 0, 0, ""sv}, // %.0r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_LEFT, 0, -1, "1e+22"sv}, // %-r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_LEFT, 12, -1, "1e+22       "sv}, // %-12r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_LEFT, 0, 3, "1e+"sv}, // %-.3r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_LEFT, 15, 2, "1e             "sv}, // %-15.2r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_PLUS, 0, -1, "1e+22"sv}, // %+r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_PLUS, 12, -1, "       1e+22"sv}, // %+12r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_PLUS, 0, 3, "1e+"sv}, // %+.3r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_PLUS, 15, 2, "             1e"sv}, // %+15.2r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_SPACE, 0, -1, "1e+22"sv}, // % r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_SPACE, 12, -1, "       1e+22"sv}, // % 12r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_SPACE, 0, 3, "1e+"sv}, // % .3r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_SPACE, 15, 2, "             1e"sv}, // % 15.2r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_ZERO, 0, -1, "1e+22"sv}, // %0r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_ZERO, 12, -1, "       1e+22"sv}, // %012r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_ZERO, 0, 3, "1e+"sv}, // %0.3r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_ZERO, 15, 2, "             1e"sv}, // %015.2r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_ALT, 0, -1, "1e+22"sv}, // %#r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_ALT, 12, -1, "       1e+22"sv}, // %#12r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_ALT, 0, 3, "1e+"sv}, // %#.3r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_ALT, 15, 2, "             1e"sv}, // %#15.2r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "1e+22"sv}, // %+0r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "       1e+22"sv}, // %+012r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "1e+"sv}, // %+0.3r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             1e"sv}, // %+015.2r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1e+22"sv}, // %-#r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1e+22       "sv}, // %-#12r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1e+"sv}, // %-#.3r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1e             "sv}, // %-#15.2r
    {0x1.0f0cf064dd592p+73, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {0x1.0f0cf064dd592p+73, 'd', 0, 0, -1, "10000000000000000000000"sv}, // %d
    {0x1.0f0cf064dd592p+73, 'd', 0, 12, -1, "10000000000000000000000"sv}, // %12d
    {0x1.0f0cf064dd592p+73, 'd', 0, 0, 3, "10000000000000000000000"sv}, // %.3d
    {0x1.0f0cf064dd592p+73, 'd', 0, 15, 2, "10000000000000000000000"sv}, // %15.2d
    {0x1.0f0cf064dd592p+73, 'd', 0, 0, 0, "10000000000000000000000"sv}, // %.0d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_LEFT, 0, -1, "10000000000000000000000"sv}, // %-d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_LEFT, 12, -1, "10000000000000000000000"sv}, // %-12d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_LEFT, 0, 3, "10000000000000000000000"sv}, // %-.3d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_LEFT, 15, 2, "10000000000000000000000"sv}, // %-15.2d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_LEFT, 0, 0, "10000000000000000000000"sv}, // %-.0d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_PLUS, 0, -1, "+10000000000000000000000"sv}, // %+d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_PLUS, 12, -1, "+10000000000000000000000"sv}, // %+12d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_PLUS, 0, 3, "+10000000000000000000000"sv}, // %+.3d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_PLUS, 15, 2, "+10000000000000000000000"sv}, // %+15.2d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_PLUS, 0, 0, "+10000000000000000000000"sv}, // %+.0d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_SPACE, 0, -1, " 10000000000000000000000"sv}, // % d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_SPACE, 12, -1, " 10000000000000000000000"sv}, // % 12d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_SPACE, 0, 3, " 10000000000000000000000"sv}, // % .3d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_SPACE, 15, 2, " 10000000000000000000000"sv}, // % 15.2d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_SPACE, 0, 0, " 10000000000000000000000"sv}, // % .0d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_ZERO, 0, -1, "10000000000000000000000"sv}, // %0d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_ZERO, 12, -1, "10000000000000000000000"sv}, // %012d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_ZERO, 0, 3, "10000000000000000000000"sv}, // %0.3d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_ZERO, 15, 2, "10000000000000000000000"sv}, // %015.2d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_ZERO, 0, 0, "10000000000000000000000"sv}, // %0.0d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_ALT, 0, -1, "10000000000000000000000"sv}, // %#d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_ALT, 12, -1, "10000000000000000000000"sv}, // %#12d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_ALT, 0, 3, "10000000000000000000000"sv}, // %#.3d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_ALT, 15, 2, "10000000000000000000000"sv}, // %#15.2d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_ALT, 0, 0, "10000000000000000000000"sv}, // %#.0d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+10000000000000000000000"sv}, // %+0d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+10000000000000000000000"sv}, // %+012d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+10000000000000000000000"sv}, // %+0.3d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+10000000000000000000000"sv}, // %+015.2d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+10000000000000000000000"sv}, // %+0.0d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "10000000000000000000000"sv}, // %-#d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "10000000000000000000000"sv}, // %-#12d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "10000000000000000000000"sv}, // %-#.3d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "10000000000000000000000"sv}, // %-#15.2d
    {0x1.0f0cf064dd592p+73, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "10000000000000000000000"sv}, // %-#.0d
    {0x1.999999999999ap-4, 'e', 0, 0, -1, "1.000000e-01"sv}, // %e
    {0x1.999999999999ap-4, 'e', 0, 12, -1, "1.000000e-01"sv}, // %12e
    {0x1.999999999999ap-4, 'e', 0, 0, 3, "1.000e-01"sv}, // %.3e
    {0x1.999999999999ap-4, 'e', 0, 15, 2, "       1.00e-01"sv}, // %15.2e
    {0x1.999999999999ap-4, 'e', 0, 0, 0, "1e-01"sv}, // %.0e
    {0x1.999999999999ap-4, 'e', RPY_FMT_LEFT, 0, -1, "1.000000e-01"sv}, // %-e
    {0x1.999999999999ap-4, 'e', RPY_FMT_LEFT, 12, -1, "1.000000e-01"sv}, // %-12e
    {0x1.999999999999ap-4, 'e', RPY_FMT_LEFT, 0, 3, "1.000e-01"sv}, // %-.3e
    {0x1.999999999999ap-4, 'e', RPY_FMT_LEFT, 15, 2, "1.00e-01       "sv}, // %-15.2e
    {0x1.999999999999ap-4, 'e', RPY_FMT_LEFT, 0, 0, "1e-01"sv}, // %-.0e
    {0x1.999999999999ap-4, 'e', RPY_FMT_PLUS, 0, -1, "+1.000000e-01"sv}, // %+e
    {0x1.999999999999ap-4, 'e', RPY_FMT_PLUS, 12, -1, "+1.000000e-01"sv}, // %+12e
    {0x1.999999999999ap-4, 'e', RPY_FMT_PLUS, 0, 3, "+1.000e-01"sv}, // %+.3e
    {0x1.999999999999ap-4, 'e', RPY_FMT_PLUS, 15, 2, "      +1.00e-01"sv}, // %+15.2e
    {0x1.999999999999ap-4, 'e', RPY_FMT_PLUS, 0, 0, "+1e-01"sv}, // %+.0e
    {0x1.999999999999ap-4, 'e', RPY_FMT_SPACE, 0, -1, " 1.000000e-01"sv}, // % e
    {0x1.999999999999ap-4, 'e', RPY_FMT_SPACE, 12, -1, " 1.000000e-01"sv}, // % 12e
    {0x1.999999999999ap-4, 'e', RPY_FMT_SPACE, 0, 3, " 1.000e-01"sv}, // % .3e
    {0x1.999999999999ap-4, 'e', RPY_FMT_SPACE, 15, 2, "       1.00e-01"sv}, // % 15.2e
    {0x1.999999999999ap-4, 'e', RPY_FMT_SPACE, 0, 0, " 1e-01"sv}, // % .0e
    {0x1.999999999999ap-4, 'e', RPY_FMT_ZERO, 0, -1, "1.000000e-01"sv}, // %0e
    {0x1.999999999999ap-4, 'e', RPY_FMT_ZERO, 12, -1, "1.000000e-01"sv}, // %012e
    {0x1.999999999999ap-4, 'e', RPY_FMT_ZERO, 0, 3, "1.000e-01"sv}, // %0.3e
    {0x1.999999999999ap-4, 'e', RPY_FMT_ZERO, 15, 2, "00000001.00e-01"sv}, // %015.2e
    {0x1.999999999999ap-4, 'e', RPY_FMT_ZERO, 0, 0, "1e-01"sv}, // %0.0e
    {0x1.999999999999ap-4, 'e', RPY_FMT_ALT, 0, -1, "1.000000e-01"sv}, // %#e
    {0x1.999999999999ap-4, 'e', RPY_FMT_ALT, 12, -1, "1.000000e-01"sv}, // %#12e
    {0x1.999999999999ap-4, 'e', RPY_FMT_ALT, 0, 3, "1.000e-01"sv}, // %#.3e
    {0x1.999999999999ap-4, 'e', RPY_FMT_ALT, 15, 2, "       1.00e-01"sv}, // %#15.2e
    {0x1.999999999999ap-4, 'e', RPY_FMT_ALT, 0, 0, "1.e-01"sv}, // %#.0e
    {0x1.999999999999ap-4, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.000000e-01"sv}, // %+0e
    {0x1.999999999999ap-4, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.000000e-01"sv}, // %+012e
    {0x1.999999999999ap-4, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.000e-01"sv}, // %+0.3e
    {0x1.999999999999ap-4, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000001.00e-01"sv}, // %+015.2e
    {0x1.999999999999ap-4, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1e-01"sv}, // %+0.0e
    {0x1.999999999999ap-4, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.000000e-01"sv}, // %-#e
    {0x1.999999999999ap-4, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.000000e-01"sv}, // %-#12e
    {0x1.999999999999ap-4, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.000e-01"sv}, // %-#.3e
    {0x1.999999999999ap-4, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.00e-01       "sv}, // %-#15.2e
    {0x1.999999999999ap-4, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.e-01"sv}, // %-#.0e
    {0x1.999999999999ap-4, 'E', 0, 0, -1, "1.000000E-01"sv}, // %E
    {0x1.999999999999ap-4, 'E', 0, 12, -1, "1.000000E-01"sv}, // %12E
    {0x1.999999999999ap-4, 'E', 0, 0, 3, "1.000E-01"sv}, // %.3E
    {0x1.999999999999ap-4, 'E', 0, 15, 2, "       1.00E-01"sv}, // %15.2E
    {0x1.999999999999ap-4, 'E', 0, 0, 0, "1E-01"sv}, // %.0E
    {0x1.999999999999ap-4, 'E', RPY_FMT_LEFT, 0, -1, "1.000000E-01"sv}, // %-E
    {0x1.999999999999ap-4, 'E', RPY_FMT_LEFT, 12, -1, "1.000000E-01"sv}, // %-12E
    {0x1.999999999999ap-4, 'E', RPY_FMT_LEFT, 0, 3, "1.000E-01"sv}, // %-.3E
    {0x1.999999999999ap-4, 'E', RPY_FMT_LEFT, 15, 2, "1.00E-01       "sv}, // %-15.2E
    {0x1.999999999999ap-4, 'E', RPY_FMT_LEFT, 0, 0, "1E-01"sv}, // %-.0E
    {0x1.999999999999ap-4, 'E', RPY_FMT_PLUS, 0, -1, "+1.000000E-01"sv}, // %+E
    {0x1.999999999999ap-4, 'E', RPY_FMT_PLUS, 12, -1, "+1.000000E-01"sv}, // %+12E
    {0x1.999999999999ap-4, 'E', RPY_FMT_PLUS, 0, 3, "+1.000E-01"sv}, // %+.3E
    {0x1.999999999999ap-4, 'E', RPY_FMT_PLUS, 15, 2, "      +1.00E-01"sv}, // %+15.2E
    {0x1.999999999999ap-4, 'E', RPY_FMT_PLUS, 0, 0, "+1E-01"sv}, // %+.0E
    {0x1.999999999999ap-4, 'E', RPY_FMT_SPACE, 0, -1, " 1.000000E-01"sv}, // % E
    {0x1.999999999999ap-4, 'E', RPY_FMT_SPACE, 12, -1, " 1.000000E-01"sv}, // % 12E
    {0x1.999999999999ap-4, 'E', RPY_FMT_SPACE, 0, 3, " 1.000E-01"sv}, // % .3E
    {0x1.999999999999ap-4, 'E', RPY_FMT_SPACE, 15, 2, "       1.00E-01"sv}, // % 15.2E
    {0x1.999999999999ap-4, 'E', RPY_FMT_SPACE, 0, 0, " 1E-01"sv}, // % .0E
    {0x1.999999999999ap-4, 'E', RPY_FMT_ZERO, 0, -1, "1.000000E-01"sv}, // %0E
    {0x1.999999999999ap-4, 'E', RPY_FMT_ZERO, 12, -1, "1.000000E-01"sv}, // %012E
    {0x1.999999999999ap-4, 'E', RPY_FMT_ZERO, 0, 3, "1.000E-01"sv}, // %0.3E
    {0x1.999999999999ap-4, 'E', RPY_FMT_ZERO, 15, 2, "00000001.00E-01"sv}, // %015.2E
    {0x1.999999999999ap-4, 'E', RPY_FMT_ZERO, 0, 0, "1E-01"sv}, // %0.0E
    {0x1.999999999999ap-4, 'E', RPY_FMT_ALT, 0, -1, "1.000000E-01"sv}, // %#E
    {0x1.999999999999ap-4, 'E', RPY_FMT_ALT, 12, -1, "1.000000E-01"sv}, // %#12E
    {0x1.999999999999ap-4, 'E', RPY_FMT_ALT, 0, 3, "1.000E-01"sv}, // %#.3E
    {0x1.999999999999ap-4, 'E', RPY_FMT_ALT, 15, 2, "       1.00E-01"sv}, // %#15.2E
    {0x1.999999999999ap-4, 'E', RPY_FMT_ALT, 0, 0, "1.E-01"sv}, // %#.0E
    {0x1.999999999999ap-4, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+1.000000E-01"sv}, // %+0E
    {0x1.999999999999ap-4, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+1.000000E-01"sv}, // %+012E
    {0x1.999999999999ap-4, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+1.000E-01"sv}, // %+0.3E
    {0x1.999999999999ap-4, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000001.00E-01"sv}, // %+015.2E
    {0x1.999999999999ap-4, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+1E-01"sv}, // %+0.0E
    {0x1.999999999999ap-4, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "1.000000E-01"sv}, // %-#E
    {0x1.999999999999ap-4, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "1.000000E-01"sv}, // %-#12E
    {0x1.999999999999ap-4, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "1.000E-01"sv}, // %-#.3E
    {0x1.999999999999ap-4, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "1.00E-01       "sv}, // %-#15.2E
    {0x1.999999999999ap-4, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "1.E-01"sv}, // %-#.0E
    {0x1.999999999999ap-4, 'f', 0, 0, -1, "0.100000"sv}, // %f
    {0x1.999999999999ap-4, 'f', 0, 12, -1, "    0.100000"sv}, // %12f
    {0x1.999999999999ap-4, 'f', 0, 0, 3, "0.100"sv}, // %.3f
    {0x1.999999999999ap-4, 'f', 0, 15, 2, "           0.10"sv}, // %15.2f
    {0x1.999999999999ap-4, 'f', 0, 0, 0, "0"sv}, // %.0f
    {0x1.999999999999ap-4, 'f', RPY_FMT_LEFT, 0, -1, "0.100000"sv}, // %-f
    {0x1.999999999999ap-4, 'f', RPY_FMT_LEFT, 12, -1, "0.100000    "sv}, // %-12f
    {0x1.999999999999ap-4, 'f', RPY_FMT_LEFT, 0, 3, "0.100"sv}, // %-.3f
    {0x1.999999999999ap-4, 'f', RPY_FMT_LEFT, 15, 2, "0.10           "sv}, // %-15.2f
    {0x1.999999999999ap-4, 'f', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0f
    {0x1.999999999999ap-4, 'f', RPY_FMT_PLUS, 0, -1, "+0.100000"sv}, // %+f
    {0x1.999999999999ap-4, 'f', RPY_FMT_PLUS, 12, -1, "   +0.100000"sv}, // %+12f
    {0x1.999999999999ap-4, 'f', RPY_FMT_PLUS, 0, 3, "+0.100"sv}, // %+.3f
    {0x1.999999999999ap-4, 'f', RPY_FMT_PLUS, 15, 2, "          +0.10"sv}, // %+15.2f
    {0x1.999999999999ap-4, 'f', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0f
    {0x1.999999999999ap-4, 'f', RPY_FMT_SPACE, 0, -1, " 0.100000"sv}, // % f
    {0x1.999999999999ap-4, 'f', RPY_FMT_SPACE, 12, -1, "    0.100000"sv}, // % 12f
    {0x1.999999999999ap-4, 'f', RPY_FMT_SPACE, 0, 3, " 0.100"sv}, // % .3f
    {0x1.999999999999ap-4, 'f', RPY_FMT_SPACE, 15, 2, "           0.10"sv}, // % 15.2f
    {0x1.999999999999ap-4, 'f', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0f
    {0x1.999999999999ap-4, 'f', RPY_FMT_ZERO, 0, -1, "0.100000"sv}, // %0f
    {0x1.999999999999ap-4, 'f', RPY_FMT_ZERO, 12, -1, "00000.100000"sv}, // %012f
    {0x1.999999999999ap-4, 'f', RPY_FMT_ZERO, 0, 3, "0.100"sv}, // %0.3f
    {0x1.999999999999ap-4, 'f', RPY_FMT_ZERO, 15, 2, "000000000000.10"sv}, // %015.2f
    {0x1.999999999999ap-4, 'f', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0f
    {0x1.999999999999ap-4, 'f', RPY_FMT_ALT, 0, -1, "0.100000"sv}, // %#f
    {0x1.999999999999ap-4, 'f', RPY_FMT_ALT, 12, -1, "    0.100000"sv}, // %#12f
    {0x1.999999999999ap-4, 'f', RPY_FMT_ALT, 0, 3, "0.100"sv}, // %#.3f
    {0x1.999999999999ap-4, 'f', RPY_FMT_ALT, 15, 2, "           0.10"sv}, // %#15.2f
    {0x1.999999999999ap-4, 'f', RPY_FMT_ALT, 0, 0, "0."sv}, // %#.0f
    {0x1.999999999999ap-4, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.100000"sv}, // %+0f
    {0x1.999999999999ap-4, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0000.100000"sv}, // %+012f
    {0x1.999999999999ap-4, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.100"sv}, // %+0.3f
    {0x1.999999999999ap-4, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000.10"sv}, // %+015.2f
    {0x1.999999999999ap-4, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0f
    {0x1.999999999999ap-4, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.100000"sv}, // %-#f
    {0x1.999999999999ap-4, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.100000    "sv}, // %-#12f
    {0x1.999999999999ap-4, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.100"sv}, // %-#.3f
    {0x1.999999999999ap-4, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.10           "sv}, // %-#15.2f
    {0x1.999999999999ap-4, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0."sv}, // %-#.0f
    {0x1.999999999999ap-4, 'F', 0, 0, -1, "0.100000"sv}, // %F
    {0x1.999999999999ap-4, 'F', 0, 12, -1, "    0.100000"sv}, // %12F
    {0x1.999999999999ap-4, 'F', 0, 0, 3, "0.100"sv}, // %.3F
    {0x1.999999999999ap-4, 'F', 0, 15, 2, "           0.10"sv}, // %15.2F
    {0x1.999999999999ap-4, 'F', 0, 0, 0, "0"sv}, // %.0F
    {0x1.999999999999ap-4, 'F', RPY_FMT_LEFT, 0, -1, "0.100000"sv}, // %-F
    {0x1.999999999999ap-4, 'F', RPY_FMT_LEFT, 12, -1, "0.100000    "sv}, // %-12F
    {0x1.999999999999ap-4, 'F', RPY_FMT_LEFT, 0, 3, "0.100"sv}, // %-.3F
    {0x1.999999999999ap-4, 'F', RPY_FMT_LEFT, 15, 2, "0.10           "sv}, // %-15.2F
    {0x1.999999999999ap-4, 'F', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0F
    {0x1.999999999999ap-4, 'F', RPY_FMT_PLUS, 0, -1, "+0.100000"sv}, // %+F
    {0x1.999999999999ap-4, 'F', RPY_FMT_PLUS, 12, -1, "   +0.100000"sv}, // %+12F
    {0x1.999999999999ap-4, 'F', RPY_FMT_PLUS, 0, 3, "+0.100"sv}, // %+.3F
    {0x1.999999999999ap-4, 'F', RPY_FMT_PLUS, 15, 2, "          +0.10"sv}, // %+15.2F
    {0x1.999999999999ap-4, 'F', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0F
    {0x1.999999999999ap-4, 'F', RPY_FMT_SPACE, 0, -1, " 0.100000"sv}, // % F
    {0x1.999999999999ap-4, 'F', RPY_FMT_SPACE, 12, -1, "    0.100000"sv}, // % 12F
    {0x1.999999999999ap-4, 'F', RPY_FMT_SPACE, 0, 3, " 0.100"sv}, // % .3F
    {0x1.999999999999ap-4, 'F', RPY_FMT_SPACE, 15, 2, "           0.10"sv}, // % 15.2F
    {0x1.999999999999ap-4, 'F', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0F
    {0x1.999999999999ap-4, 'F', RPY_FMT_ZERO, 0, -1, "0.100000"sv}, // %0F
    {0x1.999999999999ap-4, 'F', RPY_FMT_ZERO, 12, -1, "00000.100000"sv}, // %012F
    {0x1.999999999999ap-4, 'F', RPY_FMT_ZERO, 0, 3, "0.100"sv}, // %0.3F
    {0x1.999999999999ap-4, 'F', RPY_FMT_ZERO, 15, 2, "000000000000.10"sv}, // %015.2F
    {0x1.999999999999ap-4, 'F', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0F
    {0x1.999999999999ap-4, 'F', RPY_FMT_ALT, 0, -1, "0.100000"sv}, // %#F
    {0x1.999999999999ap-4, 'F', RPY_FMT_ALT, 12, -1, "    0.100000"sv}, // %#12F
    {0x1.999999999999ap-4, 'F', RPY_FMT_ALT, 0, 3, "0.100"sv}, // %#.3F
    {0x1.999999999999ap-4, 'F', RPY_FMT_ALT, 15, 2, "           0.10"sv}, // %#15.2F
    {0x1.999999999999ap-4, 'F', RPY_FMT_ALT, 0, 0, "0."sv}, // %#.0F
    {0x1.999999999999ap-4, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.100000"sv}, // %+0F
    {0x1.999999999999ap-4, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0000.100000"sv}, // %+012F
    {0x1.999999999999ap-4, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.100"sv}, // %+0.3F
    {0x1.999999999999ap-4, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000.10"sv}, // %+015.2F
    {0x1.999999999999ap-4, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0F
    {0x1.999999999999ap-4, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.100000"sv}, // %-#F
    {0x1.999999999999ap-4, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.100000    "sv}, // %-#12F
    {0x1.999999999999ap-4, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.100"sv}, // %-#.3F
    {0x1.999999999999ap-4, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.10           "sv}, // %-#15.2F
    {0x1.999999999999ap-4, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0."sv}, // %-#.0F
    {0x1.999999999999ap-4, 'g', 0, 0, -1, "0.1"sv}, // %g
    {0x1.999999999999ap-4, 'g', 0, 12, -1, "         0.1"sv}, // %12g
    {0x1.999999999999ap-4, 'g', 0, 0, 3, "0.1"sv}, // %.3g
    {0x1.999999999999ap-4, 'g', 0, 15, 2, "            0.1"sv}, // %15.2g
    {0x1.999999999999ap-4, 'g', 0, 0, 0, "0.1"sv}, // %.0g
    {0x1.999999999999ap-4, 'g', RPY_FMT_LEFT, 0, -1, "0.1"sv}, // %-g
    {0x1.999999999999ap-4, 'g', RPY_FMT_LEFT, 12, -1, "0.1         "sv}, // %-12g
    {0x1.999999999999ap-4, 'g', RPY_FMT_LEFT, 0, 3, "0.1"sv}, // %-.3g
    {0x1.999999999999ap-4, 'g', RPY_FMT_LEFT, 15, 2, "0.1            "sv}, // %-15.2g
    {0x1.999999999999ap-4, 'g', RPY_FMT_LEFT, 0, 0, "0.1"sv}, // %-.0g
    {0x1.999999999999ap-4, 'g', RPY_FMT_PLUS, 0, -1, "+0.1"sv}, // %+g
    {0x1.999999999999ap-4, 'g', RPY_FMT_PLUS, 12, -1, "        +0.1"sv}, // %+12g
    {0x1.999999999999ap-4, 'g', RPY_FMT_PLUS, 0, 3, "+0.1"sv}, // %+.3g
    {0x1.999999999999ap-4, 'g', RPY_FMT_PLUS, 15, 2, "           +0.1"sv}, // %+15.2g
    {0x1.999999999999ap-4, 'g', RPY_FMT_PLUS, 0, 0, "+0.1"sv}, // %+.0g
    {0x1.999999999999ap-4, 'g', RPY_FMT_SPACE, 0, -1, " 0.1"sv}, // % g
    {0x1.999999999999ap-4, 'g', RPY_FMT_SPACE, 12, -1, "         0.1"sv}, // % 12g
    {0x1.999999999999ap-4, 'g', RPY_FMT_SPACE, 0, 3, " 0.1"sv}, // % .3g
    {0x1.999999999999ap-4, 'g', RPY_FMT_SPACE, 15, 2, "            0.1"sv}, // % 15.2g
    {0x1.999999999999ap-4, 'g', RPY_FMT_SPACE, 0, 0, " 0.1"sv}, // % .0g
    {0x1.999999999999ap-4, 'g', RPY_FMT_ZERO, 0, -1, "0.1"sv}, // %0g
    {0x1.999999999999ap-4, 'g', RPY_FMT_ZERO, 12, -1, "0000000000.1"sv}, // %012g
    {0x1.999999999999ap-4, 'g', RPY_FMT_ZERO, 0, 3, "0.1"sv}, // %0.3g
    {0x1.999999999999ap-4, 'g', RPY_FMT_ZERO, 15, 2, "0000000000000.1"sv}, // %015.2g
    {0x1.999999999999ap-4, 'g', RPY_FMT_ZERO, 0, 0, "0.1"sv}, // %0.0g
    {0x1.999999999999ap-4, 'g', RPY_FMT_ALT, 0, -1, "0.100000"sv}, // %#g
    {0x1.999999999999ap-4, 'g', RPY_FMT_ALT, 12, -1, "    0.100000"sv}, // %#12g
    {0x1.999999999999ap-4, 'g', RPY_FMT_ALT, 0, 3, "0.100"sv}, // %#.3g
    {0x1.999999999999ap-4, 'g', RPY_FMT_ALT, 15, 2, "           0.10"sv}, // %#15.2g
    {0x1.999999999999ap-4, 'g', RPY_FMT_ALT, 0, 0, "0.1"sv}, // %#.0g
    {0x1.999999999999ap-4, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.1"sv}, // %+0g
    {0x1.999999999999ap-4, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+000000000.1"sv}, // %+012g
    {0x1.999999999999ap-4, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.1"sv}, // %+0.3g
    {0x1.999999999999ap-4, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+000000000000.1"sv}, // %+015.2g
    {0x1.999999999999ap-4, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0.1"sv}, // %+0.0g
    {0x1.999999999999ap-4, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.100000"sv}, // %-#g
    {0x1.999999999999ap-4, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.100000    "sv}, // %-#12g
    {0x1.999999999999ap-4, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.100"sv}, // %-#.3g
    {0x1.999999999999ap-4, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.10           "sv}, // %-#15.2g
    {0x1.999999999999ap-4, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0.1"sv}, // %-#.0g
    {0x1.999999999999ap-4, 'G', 0, 0, -1, "0.1"sv}, // %G
    {0x1.999999999999ap-4, 'G', 0, 12, -1, "         0.1"sv}, // %12G
    {0x1.999999999999ap-4, 'G', 0, 0, 3, "0.1"sv}, // %.3G
    {0x1.999999999999ap-4, 'G', 0, 15, 2, "            0.1"sv}, // %15.2G
    {0x1.999999999999ap-4, 'G', 0, 0, 0, "0.1"sv}, // %.0G
    {0x1.999999999999ap-4, 'G', RPY_FMT_LEFT, 0, -1, "0.1"sv}, // %-G
    {0x1.999999999999ap-4, 'G', RPY_FMT_LEFT, 12, -1, "0.1         "sv}, // %-12G
    {0x1.999999999999ap-4, 'G', RPY_FMT_LEFT, 0, 3, "0.1"sv}, // %-.3G
    {0x1.999999999999ap-4, 'G', RPY_FMT_LEFT, 15, 2, "0.1            "sv}, // %-15.2G
    {0x1.999999999999ap-4, 'G', RPY_FMT_LEFT, 0, 0, "0.1"sv}, // %-.0G
    {0x1.999999999999ap-4, 'G', RPY_FMT_PLUS, 0, -1, "+0.1"sv}, // %+G
    {0x1.999999999999ap-4, 'G', RPY_FMT_PLUS, 12, -1, "        +0.1"sv}, // %+12G
    {0x1.999999999999ap-4, 'G', RPY_FMT_PLUS, 0, 3, "+0.1"sv}, // %+.3G
    {0x1.999999999999ap-4, 'G', RPY_FMT_PLUS, 15, 2, "           +0.1"sv}, // %+15.2G
    {0x1.999999999999ap-4, 'G', RPY_FMT_PLUS, 0, 0, "+0.1"sv}, // %+.0G
    {0x1.999999999999ap-4, 'G', RPY_FMT_SPACE, 0, -1, " 0.1"sv}, // % G
    {0x1.999999999999ap-4, 'G', RPY_FMT_SPACE, 12, -1, "         0.1"sv}, // % 12G
    {0x1.999999999999ap-4, 'G', RPY_FMT_SPACE, 0, 3, " 0.1"sv}, // % .3G
    {0x1.999999999999ap-4, 'G', RPY_FMT_SPACE, 15, 2, "            0.1"sv}, // % 15.2G
    {0x1.999999999999ap-4, 'G', RPY_FMT_SPACE, 0, 0, " 0.1"sv}, // % .0G
    {0x1.999999999999ap-4, 'G', RPY_FMT_ZERO, 0, -1, "0.1"sv}, // %0G
    {0x1.999999999999ap-4, 'G', RPY_FMT_ZERO, 12, -1, "0000000000.1"sv}, // %012G
    {0x1.999999999999ap-4, 'G', RPY_FMT_ZERO, 0, 3, "0.1"sv}, // %0.3G
    {0x1.999999999999ap-4, 'G', RPY_FMT_ZERO, 15, 2, "0000000000000.1"sv}, // %015.2G
    {0x1.999999999999ap-4, 'G', RPY_FMT_ZERO, 0, 0, "0.1"sv}, // %0.0G
    {0x1.999999999999ap-4, 'G', RPY_FMT_ALT, 0, -1, "0.100000"sv}, // %#G
    {0x1.999999999999ap-4, 'G', RPY_FMT_ALT, 12, -1, "    0.100000"sv}, // %#12G
    {0x1.999999999999ap-4, 'G', RPY_FMT_ALT, 0, 3, "0.100"sv}, // %#.3G
    {0x1.999999999999ap-4, 'G', RPY_FMT_ALT, 15, 2, "           0.10"sv}, // %#15.2G
    {0x1.999999999999ap-4, 'G', RPY_FMT_ALT, 0, 0, "0.1"sv}, // %#.0G
    {0x1.999999999999ap-4, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0.1"sv}, // %+0G
    {0x1.999999999999ap-4, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+000000000.1"sv}, // %+012G
    {0x1.999999999999ap-4, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+0.1"sv}, // %+0.3G
    {0x1.999999999999ap-4, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+000000000000.1"sv}, // %+015.2G
    {0x1.999999999999ap-4, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0.1"sv}, // %+0.0G
    {0x1.999999999999ap-4, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.100000"sv}, // %-#G
    {0x1.999999999999ap-4, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.100000    "sv}, // %-#12G
    {0x1.999999999999ap-4, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.100"sv}, // %-#.3G
    {0x1.999999999999ap-4, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.10           "sv}, // %-#15.2G
    {0x1.999999999999ap-4, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0.1"sv}, // %-#.0G
    {0x1.999999999999ap-4, 's', 0, 0, -1, "0.1"sv}, // %s
    {0x1.999999999999ap-4, 's', 0, 12, -1, "         0.1"sv}, // %12s
    {0x1.999999999999ap-4, 's', 0, 0, 3, "0.1"sv}, // %.3s
    {0x1.999999999999ap-4, 's', 0, 15, 2, "             0."sv}, // %15.2s
    {0x1.999999999999ap-4, 's', 0, 0, 0, ""sv}, // %.0s
    {0x1.999999999999ap-4, 's', RPY_FMT_LEFT, 0, -1, "0.1"sv}, // %-s
    {0x1.999999999999ap-4, 's', RPY_FMT_LEFT, 12, -1, "0.1         "sv}, // %-12s
    {0x1.999999999999ap-4, 's', RPY_FMT_LEFT, 0, 3, "0.1"sv}, // %-.3s
    {0x1.999999999999ap-4, 's', RPY_FMT_LEFT, 15, 2, "0.             "sv}, // %-15.2s
    {0x1.999999999999ap-4, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {0x1.999999999999ap-4, 's', RPY_FMT_PLUS, 0, -1, "0.1"sv}, // %+s
    {0x1.999999999999ap-4, 's', RPY_FMT_PLUS, 12, -1, "         0.1"sv}, // %+12s
    {0x1.999999999999ap-4, 's', RPY_FMT_PLUS, 0, 3, "0.1"sv}, // %+.3s
    {0x1.999999999999ap-4, 's', RPY_FMT_PLUS, 15, 2, "             0."sv}, // %+15.2s
    {0x1.999999999999ap-4, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {0x1.999999999999ap-4, 's', RPY_FMT_SPACE, 0, -1, "0.1"sv}, // % s
    {0x1.999999999999ap-4, 's', RPY_FMT_SPACE, 12, -1, "         0.1"sv}, // % 12s
    {0x1.999999999999ap-4, 's', RPY_FMT_SPACE, 0, 3, "0.1"sv}, // % .3s
    {0x1.999999999999ap-4, 's', RPY_FMT_SPACE, 15, 2, "             0."sv}, // % 15.2s
    {0x1.999999999999ap-4, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {0x1.999999999999ap-4, 's', RPY_FMT_ZERO, 0, -1, "0.1"sv}, // %0s
    {0x1.999999999999ap-4, 's', RPY_FMT_ZERO, 12, -1, "         0.1"sv}, // %012s
    {0x1.999999999999ap-4, 's', RPY_FMT_ZERO, 0, 3, "0.1"sv}, // %0.3s
    {0x1.999999999999ap-4, 's', RPY_FMT_ZERO, 15, 2, "             0."sv}, // %015.2s
    {0x1.999999999999ap-4, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {0x1.999999999999ap-4, 's', RPY_FMT_ALT, 0, -1, "0.1"sv}, // %#s
    {0x1.999999999999ap-4, 's', RPY_FMT_ALT, 12, -1, "         0.1"sv}, // %#12s
    {0x1.999999999999ap-4, 's', RPY_FMT_ALT, 0, 3, "0.1"sv}, // %#.3s
    {0x1.999999999999ap-4, 's', RPY_FMT_ALT, 15, 2, "             0."sv}, // %#15.2s
    {0x1.999999999999ap-4, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {0x1.999999999999ap-4, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "0.1"sv}, // %+0s
    {0x1.999999999999ap-4, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "         0.1"sv}, // %+012s
    {0x1.999999999999ap-4, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "0.1"sv}, // %+0.3s
    {0x1.999999999999ap-4, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             0."sv}, // %+015.2s
    {0x1.999999999999ap-4, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {0x1.999999999999ap-4, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.1"sv}, // %-#s
    {0x1.999999999999ap-4, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.1         "sv}, // %-#12s
    {0x1.999999999999ap-4, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.1"sv}, // %-#.3s
    {0x1.999999999999ap-4, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.             "sv}, // %-#15.2s
    {0x1.999999999999ap-4, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {0x1.999999999999ap-4, 'r', 0, 0, -1, "0.1"sv}, // %r
    {0x1.999999999999ap-4, 'r', 0, 12, -1, "         0.1"sv}, // %12r
    {0x1.999999999999ap-4, 'r', 0, 0, 3, "0.1"sv}, // %.3r
    {0x1.999999999999ap-4, 'r', 0, 15, 2, "             0."sv}, // %15.2r
    {0x1.999999999999ap-4, 'r', 0, 0, 0, ""sv}, // %.0r
    {0x1.999999999999ap-4, 'r', RPY_FMT_LEFT, 0, -1, "0.1"sv}, // %-r
    {0x1.999999999999ap-4, 'r', RPY_FMT_LEFT, 12, -1, "0.1         "sv}, // %-12r
    {0x1.999999999999ap-4, 'r', RPY_FMT_LEFT, 0, 3, "0.1"sv}, // %-.3r
    {0x1.999999999999ap-4, 'r', RPY_FMT_LEFT, 15, 2, "0.             "sv}, // %-15.2r
    {0x1.999999999999ap-4, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {0x1.999999999999ap-4, 'r', RPY_FMT_PLUS, 0, -1, "0.1"sv}, // %+r
    {0x1.999999999999ap-4, 'r', RPY_FMT_PLUS, 12, -1, "         0.1"sv}, // %+12r
    {0x1.999999999999ap-4, 'r', RPY_FMT_PLUS, 0, 3, "0.1"sv}, // %+.3r
    {0x1.999999999999ap-4, 'r', RPY_FMT_PLUS, 15, 2, "             0."sv}, // %+15.2r
    {0x1.999999999999ap-4, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {0x1.999999999999ap-4, 'r', RPY_FMT_SPACE, 0, -1, "0.1"sv}, // % r
    {0x1.999999999999ap-4, 'r', RPY_FMT_SPACE, 12, -1, "         0.1"sv}, // % 12r
    {0x1.999999999999ap-4, 'r', RPY_FMT_SPACE, 0, 3, "0.1"sv}, // % .3r
    {0x1.999999999999ap-4, 'r', RPY_FMT_SPACE, 15, 2, "             0."sv}, // % 15.2r
    {0x1.999999999999ap-4, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {0x1.999999999999ap-4, 'r', RPY_FMT_ZERO, 0, -1, "0.1"sv}, // %0r
    {0x1.999999999999ap-4, 'r', RPY_FMT_ZERO, 12, -1, "         0.1"sv}, // %012r
    {0x1.999999999999ap-4, 'r', RPY_FMT_ZERO, 0, 3, "0.1"sv}, // %0.3r
    {0x1.999999999999ap-4, 'r', RPY_FMT_ZERO, 15, 2, "             0."sv}, // %015.2r
    {0x1.999999999999ap-4, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {0x1.999999999999ap-4, 'r', RPY_FMT_ALT, 0, -1, "0.1"sv}, // %#r
    {0x1.999999999999ap-4, 'r', RPY_FMT_ALT, 12, -1, "         0.1"sv}, // %#12r
    {0x1.999999999999ap-4, 'r', RPY_FMT_ALT, 0, 3, "0.1"sv}, // %#.3r
    {0x1.999999999999ap-4, 'r', RPY_FMT_ALT, 15, 2, "             0."sv}, // %#15.2r
    {0x1.999999999999ap-4, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {0x1.999999999999ap-4, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "0.1"sv}, // %+0r
    {0x1.999999999999ap-4, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "         0.1"sv}, // %+012r
    {0x1.999999999999ap-4, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "0.1"sv}, // %+0.3r
    {0x1.999999999999ap-4, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             0."sv}, // %+015.2r
    {0x1.999999999999ap-4, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {0x1.999999999999ap-4, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0.1"sv}, // %-#r
    {0x1.999999999999ap-4, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0.1         "sv}, // %-#12r
    {0x1.999999999999ap-4, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "0.1"sv}, // %-#.3r
    {0x1.999999999999ap-4, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "0.             "sv}, // %-#15.2r
    {0x1.999999999999ap-4, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {0x1.999999999999ap-4, 'd', 0, 0, -1, "0"sv}, // %d
    {0x1.999999999999ap-4, 'd', 0, 12, -1, "           0"sv}, // %12d
    {0x1.999999999999ap-4, 'd', 0, 0, 3, "000"sv}, // %.3d
    {0x1.999999999999ap-4, 'd', 0, 15, 2, "             00"sv}, // %15.2d
    {0x1.999999999999ap-4, 'd', 0, 0, 0, "0"sv}, // %.0d
    {0x1.999999999999ap-4, 'd', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-d
    {0x1.999999999999ap-4, 'd', RPY_FMT_LEFT, 12, -1, "0           "sv}, // %-12d
    {0x1.999999999999ap-4, 'd', RPY_FMT_LEFT, 0, 3, "000"sv}, // %-.3d
    {0x1.999999999999ap-4, 'd', RPY_FMT_LEFT, 15, 2, "00             "sv}, // %-15.2d
    {0x1.999999999999ap-4, 'd', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0d
    {0x1.999999999999ap-4, 'd', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+d
    {0x1.999999999999ap-4, 'd', RPY_FMT_PLUS, 12, -1, "          +0"sv}, // %+12d
    {0x1.999999999999ap-4, 'd', RPY_FMT_PLUS, 0, 3, "+000"sv}, // %+.3d
    {0x1.999999999999ap-4, 'd', RPY_FMT_PLUS, 15, 2, "            +00"sv}, // %+15.2d
    {0x1.999999999999ap-4, 'd', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0d
    {0x1.999999999999ap-4, 'd', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % d
    {0x1.999999999999ap-4, 'd', RPY_FMT_SPACE, 12, -1, "           0"sv}, // % 12d
    {0x1.999999999999ap-4, 'd', RPY_FMT_SPACE, 0, 3, " 000"sv}, // % .3d
    {0x1.999999999999ap-4, 'd', RPY_FMT_SPACE, 15, 2, "             00"sv}, // % 15.2d
    {0x1.999999999999ap-4, 'd', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0d
    {0x1.999999999999ap-4, 'd', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0d
    {0x1.999999999999ap-4, 'd', RPY_FMT_ZERO, 12, -1, "000000000000"sv}, // %012d
    {0x1.999999999999ap-4, 'd', RPY_FMT_ZERO, 0, 3, "000"sv}, // %0.3d
    {0x1.999999999999ap-4, 'd', RPY_FMT_ZERO, 15, 2, "000000000000000"sv}, // %015.2d
    {0x1.999999999999ap-4, 'd', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0d
    {0x1.999999999999ap-4, 'd', RPY_FMT_ALT, 0, -1, "0"sv}, // %#d
    {0x1.999999999999ap-4, 'd', RPY_FMT_ALT, 12, -1, "           0"sv}, // %#12d
    {0x1.999999999999ap-4, 'd', RPY_FMT_ALT, 0, 3, "000"sv}, // %#.3d
    {0x1.999999999999ap-4, 'd', RPY_FMT_ALT, 15, 2, "             00"sv}, // %#15.2d
    {0x1.999999999999ap-4, 'd', RPY_FMT_ALT, 0, 0, "0"sv}, // %#.0d
    {0x1.999999999999ap-4, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0d
    {0x1.999999999999ap-4, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000000"sv}, // %+012d
    {0x1.999999999999ap-4, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+000"sv}, // %+0.3d
    {0x1.999999999999ap-4, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000000"sv}, // %+015.2d
    {0x1.999999999999ap-4, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0d
    {0x1.999999999999ap-4, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0"sv}, // %-#d
    {0x1.999999999999ap-4, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0           "sv}, // %-#12d
    {0x1.999999999999ap-4, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "000"sv}, // %-#.3d
    {0x1.999999999999ap-4, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "00             "sv}, // %-#15.2d
    {0x1.999999999999ap-4, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0"sv}, // %-#.0d
    {INFINITY, 'e', 0, 0, -1, "inf"sv}, // %e
    {INFINITY, 'e', 0, 12, -1, "         inf"sv}, // %12e
    {INFINITY, 'e', 0, 0, 3, "inf"sv}, // %.3e
    {INFINITY, 'e', 0, 15, 2, "            inf"sv}, // %15.2e
    {INFINITY, 'e', 0, 0, 0, "inf"sv}, // %.0e
    {INFINITY, 'e', RPY_FMT_LEFT, 0, -1, "inf"sv}, // %-e
    {INFINITY, 'e', RPY_FMT_LEFT, 12, -1, "inf         "sv}, // %-12e
    {INFINITY, 'e', RPY_FMT_LEFT, 0, 3, "inf"sv}, // %-.3e
    {INFINITY, 'e', RPY_FMT_LEFT, 15, 2, "inf            "sv}, // %-15.2e
    {INFINITY, 'e', RPY_FMT_LEFT, 0, 0, "inf"sv}, // %-.0e
    {INFINITY, 'e', RPY_FMT_PLUS, 0, -1, "+inf"sv}, // %+e
    {INFINITY, 'e', RPY_FMT_PLUS, 12, -1, "        +inf"sv}, // %+12e
    {INFINITY, 'e', RPY_FMT_PLUS, 0, 3, "+inf"sv}, // %+.3e
    {INFINITY, 'e', RPY_FMT_PLUS, 15, 2, "           +inf"sv}, // %+15.2e
    {INFINITY, 'e', RPY_FMT_PLUS, 0, 0, "+inf"sv}, // %+.0e
    {INFINITY, 'e', RPY_FMT_SPACE, 0, -1, " inf"sv}, // % e
    {INFINITY, 'e', RPY_FMT_SPACE, 12, -1, "         inf"sv}, // % 12e
    {INFINITY, 'e', RPY_FMT_SPACE, 0, 3, " inf"sv}, // % .3e
    {INFINITY, 'e', RPY_FMT_SPACE, 15, 2, "            inf"sv}, // % 15.2e
    {INFINITY, 'e', RPY_FMT_SPACE, 0, 0, " inf"sv}, // % .0e
    {INFINITY, 'e', RPY_FMT_ZERO, 0, -1, "inf"sv}, // %0e
    {INFINITY, 'e', RPY_FMT_ZERO, 12, -1, "000000000inf"sv}, // %012e
    {INFINITY, 'e', RPY_FMT_ZERO, 0, 3, "inf"sv}, // %0.3e
    {INFINITY, 'e', RPY_FMT_ZERO, 15, 2, "000000000000inf"sv}, // %015.2e
    {INFINITY, 'e', RPY_FMT_ZERO, 0, 0, "inf"sv}, // %0.0e
    {INFINITY, 'e', RPY_FMT_ALT, 0, -1, "inf"sv}, // %#e
    {INFINITY, 'e', RPY_FMT_ALT, 12, -1, "         inf"sv}, // %#12e
    {INFINITY, 'e', RPY_FMT_ALT, 0, 3, "inf"sv}, // %#.3e
    {INFINITY, 'e', RPY_FMT_ALT, 15, 2, "            inf"sv}, // %#15.2e
    {INFINITY, 'e', RPY_FMT_ALT, 0, 0, "inf"sv}, // %#.0e
    {INFINITY, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+inf"sv}, // %+0e
    {INFINITY, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000inf"sv}, // %+012e
    {INFINITY, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+inf"sv}, // %+0.3e
    {INFINITY, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000inf"sv}, // %+015.2e
    {INFINITY, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+inf"sv}, // %+0.0e
    {INFINITY, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "inf"sv}, // %-#e
    {INFINITY, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "inf         "sv}, // %-#12e
    {INFINITY, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "inf"sv}, // %-#.3e
    {INFINITY, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "inf            "sv}, // %-#15.2e
    {INFINITY, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "inf"sv}, // %-#.0e
    {INFINITY, 'E', 0, 0, -1, "INF"sv}, // %E
    {INFINITY, 'E', 0, 12, -1, "         INF"sv}, // %12E
    {INFINITY, 'E', 0, 0, 3, "INF"sv}, // %.3E
    {INFINITY, 'E', 0, 15, 2, "            INF"sv}, // %15.2E
    {INFINITY, 'E', 0, 0, 0, "INF"sv}, // %.0E
    {INFINITY, 'E', RPY_FMT_LEFT, 0, -1, "INF"sv}, // %-E
    {INFINITY, 'E', RPY_FMT_LEFT, 12, -1, "INF         "sv}, // %-12E
    {INFINITY, 'E', RPY_FMT_LEFT, 0, 3, "INF"sv}, // %-.3E
    {INFINITY, 'E', RPY_FMT_LEFT, 15, 2, "INF            "sv}, // %-15.2E
    {INFINITY, 'E', RPY_FMT_LEFT, 0, 0, "INF"sv}, // %-.0E
    {INFINITY, 'E', RPY_FMT_PLUS, 0, -1, "+INF"sv}, // %+E
    {INFINITY, 'E', RPY_FMT_PLUS, 12, -1, "        +INF"sv}, // %+12E
    {INFINITY, 'E', RPY_FMT_PLUS, 0, 3, "+INF"sv}, // %+.3E
    {INFINITY, 'E', RPY_FMT_PLUS, 15, 2, "           +INF"sv}, // %+15.2E
    {INFINITY, 'E', RPY_FMT_PLUS, 0, 0, "+INF"sv}, // %+.0E
    {INFINITY, 'E', RPY_FMT_SPACE, 0, -1, " INF"sv}, // % E
    {INFINITY, 'E', RPY_FMT_SPACE, 12, -1, "         INF"sv}, // % 12E
    {INFINITY, 'E', RPY_FMT_SPACE, 0, 3, " INF"sv}, // % .3E
    {INFINITY, 'E', RPY_FMT_SPACE, 15, 2, "            INF"sv}, // % 15.2E
    {INFINITY, 'E', RPY_FMT_SPACE, 0, 0, " INF"sv}, // % .0E
    {INFINITY, 'E', RPY_FMT_ZERO, 0, -1, "INF"sv}, // %0E
    {INFINITY, 'E', RPY_FMT_ZERO, 12, -1, "000000000INF"sv}, // %012E
    {INFINITY, 'E', RPY_FMT_ZERO, 0, 3, "INF"sv}, // %0.3E
    {INFINITY, 'E', RPY_FMT_ZERO, 15, 2, "000000000000INF"sv}, // %015.2E
    {INFINITY, 'E', RPY_FMT_ZERO, 0, 0, "INF"sv}, // %0.0E
    {INFINITY, 'E', RPY_FMT_ALT, 0, -1, "INF"sv}, // %#E
    {INFINITY, 'E', RPY_FMT_ALT, 12, -1, "         INF"sv}, // %#12E
    {INFINITY, 'E', RPY_FMT_ALT, 0, 3, "INF"sv}, // %#.3E
    {INFINITY, 'E', RPY_FMT_ALT, 15, 2, "            INF"sv}, // %#15.2E
    {INFINITY, 'E', RPY_FMT_ALT, 0, 0, "INF"sv}, // %#.0E
    {INFINITY, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+INF"sv}, // %+0E
    {INFINITY, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000INF"sv}, // %+012E
    {INFINITY, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+INF"sv}, // %+0.3E
    {INFINITY, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000INF"sv}, // %+015.2E
    {INFINITY, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+INF"sv}, // %+0.0E
    {INFINITY, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "INF"sv}, // %-#E
    {INFINITY, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "INF         "sv}, // %-#12E
    {INFINITY, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "INF"sv}, // %-#.3E
    {INFINITY, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "INF            "sv}, // %-#15.2E
    {INFINITY, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "INF"sv}, // %-#.0E
    {INFINITY, 'f', 0, 0, -1, "inf"sv}, // %f
    {INFINITY, 'f', 0, 12, -1, "         inf"sv}, // %12f
    {INFINITY, 'f', 0, 0, 3, "inf"sv}, // %.3f
    {INFINITY, 'f', 0, 15, 2, "            inf"sv}, // %15.2f
    {INFINITY, 'f', 0, 0, 0, "inf"sv}, // %.0f
    {INFINITY, 'f', RPY_FMT_LEFT, 0, -1, "inf"sv}, // %-f
    {INFINITY, 'f', RPY_FMT_LEFT, 12, -1, "inf         "sv}, // %-12f
    {INFINITY, 'f', RPY_FMT_LEFT, 0, 3, "inf"sv}, // %-.3f
    {INFINITY, 'f', RPY_FMT_LEFT, 15, 2, "inf            "sv}, // %-15.2f
    {INFINITY, 'f', RPY_FMT_LEFT, 0, 0, "inf"sv}, // %-.0f
    {INFINITY, 'f', RPY_FMT_PLUS, 0, -1, "+inf"sv}, // %+f
    {INFINITY, 'f', RPY_FMT_PLUS, 12, -1, "        +inf"sv}, // %+12f
    {INFINITY, 'f', RPY_FMT_PLUS, 0, 3, "+inf"sv}, // %+.3f
    {INFINITY, 'f', RPY_FMT_PLUS, 15, 2, "           +inf"sv}, // %+15.2f
    {INFINITY, 'f', RPY_FMT_PLUS, 0, 0, "+inf"sv}, // %+.0f
    {INFINITY, 'f', RPY_FMT_SPACE, 0, -1, " inf"sv}, // % f
    {INFINITY, 'f', RPY_FMT_SPACE, 12, -1, "         inf"sv}, // % 12f
    {INFINITY, 'f', RPY_FMT_SPACE, 0, 3, " inf"sv}, // % .3f
    {INFINITY, 'f', RPY_FMT_SPACE, 15, 2, "            inf"sv}, // % 15.2f
    {INFINITY, 'f', RPY_FMT_SPACE, 0, 0, " inf"sv}, // % .0f
    {INFINITY, 'f', RPY_FMT_ZERO, 0, -1, "inf"sv}, // %0f
    {INFINITY, 'f', RPY_FMT_ZERO, 12, -1, "000000000inf"sv}, // %012f
    {INFINITY, 'f', RPY_FMT_ZERO, 0, 3, "inf"sv}, // %0.3f
    {INFINITY, 'f', RPY_FMT_ZERO, 15, 2, "000000000000inf"sv}, // %015.2f
    {INFINITY, 'f', RPY_FMT_ZERO, 0, 0, "inf"sv}, // %0.0f
    {INFINITY, 'f', RPY_FMT_ALT, 0, -1, "inf"sv}, // %#f
    {INFINITY, 'f', RPY_FMT_ALT, 12, -1, "         inf"sv}, // %#12f
    {INFINITY, 'f', RPY_FMT_ALT, 0, 3, "inf"sv}, // %#.3f
    {INFINITY, 'f', RPY_FMT_ALT, 15, 2, "            inf"sv}, // %#15.2f
    {INFINITY, 'f', RPY_FMT_ALT, 0, 0, "inf"sv}, // %#.0f
    {INFINITY, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+inf"sv}, // %+0f
    {INFINITY, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000inf"sv}, // %+012f
    {INFINITY, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+inf"sv}, // %+0.3f
    {INFINITY, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000inf"sv}, // %+015.2f
    {INFINITY, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+inf"sv}, // %+0.0f
    {INFINITY, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "inf"sv}, // %-#f
    {INFINITY, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "inf         "sv}, // %-#12f
    {INFINITY, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "inf"sv}, // %-#.3f
    {INFINITY, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "inf            "sv}, // %-#15.2f
    {INFINITY, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "inf"sv}, // %-#.0f
    {INFINITY, 'F', 0, 0, -1, "INF"sv}, // %F
    {INFINITY, 'F', 0, 12, -1, "         INF"sv}, // %12F
    {INFINITY, 'F', 0, 0, 3, "INF"sv}, // %.3F
    {INFINITY, 'F', 0, 15, 2, "            INF"sv}, // %15.2F
    {INFINITY, 'F', 0, 0, 0, "INF"sv}, // %.0F
    {INFINITY, 'F', RPY_FMT_LEFT, 0, -1, "INF"sv}, // %-F
    {INFINITY, 'F', RPY_FMT_LEFT, 12, -1, "INF         "sv}, // %-12F
    {INFINITY, 'F', RPY_FMT_LEFT, 0, 3, "INF"sv}, // %-.3F
    {INFINITY, 'F', RPY_FMT_LEFT, 15, 2, "INF            "sv}, // %-15.2F
    {INFINITY, 'F', RPY_FMT_LEFT, 0, 0, "INF"sv}, // %-.0F
    {INFINITY, 'F', RPY_FMT_PLUS, 0, -1, "+INF"sv}, // %+F
    {INFINITY, 'F', RPY_FMT_PLUS, 12, -1, "        +INF"sv}, // %+12F
    {INFINITY, 'F', RPY_FMT_PLUS, 0, 3, "+INF"sv}, // %+.3F
    {INFINITY, 'F', RPY_FMT_PLUS, 15, 2, "           +INF"sv}, // %+15.2F
    {INFINITY, 'F', RPY_FMT_PLUS, 0, 0, "+INF"sv}, // %+.0F
    {INFINITY, 'F', RPY_FMT_SPACE, 0, -1, " INF"sv}, // % F
    {INFINITY, 'F', RPY_FMT_SPACE, 12, -1, "         INF"sv}, // % 12F
    {INFINITY, 'F', RPY_FMT_SPACE, 0, 3, " INF"sv}, // % .3F
    {INFINITY, 'F', RPY_FMT_SPACE, 15, 2, "            INF"sv}, // % 15.2F
    {INFINITY, 'F', RPY_FMT_SPACE, 0, 0, " INF"sv}, // % .0F
    {INFINITY, 'F', RPY_FMT_ZERO, 0, -1, "INF"sv}, // %0F
    {INFINITY, 'F', RPY_FMT_ZERO, 12, -1, "000000000INF"sv}, // %012F
    {INFINITY, 'F', RPY_FMT_ZERO, 0, 3, "INF"sv}, // %0.3F
    {INFINITY, 'F', RPY_FMT_ZERO, 15, 2, "000000000000INF"sv}, // %015.2F
    {INFINITY, 'F', RPY_FMT_ZERO, 0, 0, "INF"sv}, // %0.0F
    {INFINITY, 'F', RPY_FMT_ALT, 0, -1, "INF"sv}, // %#F
    {INFINITY, 'F', RPY_FMT_ALT, 12, -1, "         INF"sv}, // %#12F
    {INFINITY, 'F', RPY_FMT_ALT, 0, 3, "INF"sv}, // %#.3F
    {INFINITY, 'F', RPY_FMT_ALT, 15, 2, "            INF"sv}, // %#15.2F
    {INFINITY, 'F', RPY_FMT_ALT, 0, 0, "INF"sv}, // %#.0F
    {INFINITY, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+INF"sv}, // %+0F
    {INFINITY, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000INF"sv}, // %+012F
    {INFINITY, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+INF"sv}, // %+0.3F
    {INFINITY, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000INF"sv}, // %+015.2F
    {INFINITY, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+INF"sv}, // %+0.0F
    {INFINITY, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "INF"sv}, // %-#F
    {INFINITY, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "INF         "sv}, // %-#12F
    {INFINITY, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "INF"sv}, // %-#.3F
    {INFINITY, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "INF            "sv}, // %-#15.2F
    {INFINITY, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "INF"sv}, // %-#.0F
    {INFINITY, 'g', 0, 0, -1, "inf"sv}, // %g
    {INFINITY, 'g', 0, 12, -1, "         inf"sv}, // %12g
    {INFINITY, 'g', 0, 0, 3, "inf"sv}, // %.3g
    {INFINITY, 'g', 0, 15, 2, "            inf"sv}, // %15.2g
    {INFINITY, 'g', 0, 0, 0, "inf"sv}, // %.0g
    {INFINITY, 'g', RPY_FMT_LEFT, 0, -1, "inf"sv}, // %-g
    {INFINITY, 'g', RPY_FMT_LEFT, 12, -1, "inf         "sv}, // %-12g
    {INFINITY, 'g', RPY_FMT_LEFT, 0, 3, "inf"sv}, // %-.3g
    {INFINITY, 'g', RPY_FMT_LEFT, 15, 2, "inf            "sv}, // %-15.2g
    {INFINITY, 'g', RPY_FMT_LEFT, 0, 0, "inf"sv}, // %-.0g
    {INFINITY, 'g', RPY_FMT_PLUS, 0, -1, "+inf"sv}, // %+g
    {INFINITY, 'g', RPY_FMT_PLUS, 12, -1, "        +inf"sv}, // %+12g
    {INFINITY, 'g', RPY_FMT_PLUS, 0, 3, "+inf"sv}, // %+.3g
    {INFINITY, 'g', RPY_FMT_PLUS, 15, 2, "           +inf"sv}, // %+15.2g
    {INFINITY, 'g', RPY_FMT_PLUS, 0, 0, "+inf"sv}, // %+.0g
    {INFINITY, 'g', RPY_FMT_SPACE, 0, -1, " inf"sv}, // % g
    {INFINITY, 'g', RPY_FMT_SPACE, 12, -1, "         inf"sv}, // % 12g
    {INFINITY, 'g', RPY_FMT_SPACE, 0, 3, " inf"sv}, // % .3g
    {INFINITY, 'g', RPY_FMT_SPACE, 15, 2, "            inf"sv}, // % 15.2g
    {INFINITY, 'g', RPY_FMT_SPACE, 0, 0, " inf"sv}, // % .0g
    {INFINITY, 'g', RPY_FMT_ZERO, 0, -1, "inf"sv}, // %0g
    {INFINITY, 'g', RPY_FMT_ZERO, 12, -1, "000000000inf"sv}, // %012g
    {INFINITY, 'g', RPY_FMT_ZERO, 0, 3, "inf"sv}, // %0.3g
    {INFINITY, 'g', RPY_FMT_ZERO, 15, 2, "000000000000inf"sv}, // %015.2g
    {INFINITY, 'g', RPY_FMT_ZERO, 0, 0, "inf"sv}, // %0.0g
    {INFINITY, 'g', RPY_FMT_ALT, 0, -1, "inf"sv}, // %#g
    {INFINITY, 'g', RPY_FMT_ALT, 12, -1, "         inf"sv}, // %#12g
    {INFINITY, 'g', RPY_FMT_ALT, 0, 3, "inf"sv}, // %#.3g
    {INFINITY, 'g', RPY_FMT_ALT, 15, 2, "            inf"sv}, // %#15.2g
    {INFINITY, 'g', RPY_FMT_ALT, 0, 0, "inf"sv}, // %#.0g
    {INFINITY, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+inf"sv}, // %+0g
    {INFINITY, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000inf"sv}, // %+012g
    {INFINITY, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+inf"sv}, // %+0.3g
    {INFINITY, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000inf"sv}, // %+015.2g
    {INFINITY, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+inf"sv}, // %+0.0g
    {INFINITY, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "inf"sv}, // %-#g
    {INFINITY, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "inf         "sv}, // %-#12g
    {INFINITY, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "inf"sv}, // %-#.3g
    {INFINITY, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "inf            "sv}, // %-#15.2g
    {INFINITY, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "inf"sv}, // %-#.0g
    {INFINITY, 'G', 0, 0, -1, "INF"sv}, // %G
    {INFINITY, 'G', 0, 12, -1, "         INF"sv}, // %12G
    {INFINITY, 'G', 0, 0, 3, "INF"sv}, // %.3G
    {INFINITY, 'G', 0, 15, 2, "            INF"sv}, // %15.2G
    {INFINITY, 'G', 0, 0, 0, "INF"sv}, // %.0G
    {INFINITY, 'G', RPY_FMT_LEFT, 0, -1, "INF"sv}, // %-G
    {INFINITY, 'G', RPY_FMT_LEFT, 12, -1, "INF         "sv}, // %-12G
    {INFINITY, 'G', RPY_FMT_LEFT, 0, 3, "INF"sv}, // %-.3G
    {INFINITY, 'G', RPY_FMT_LEFT, 15, 2, "INF            "sv}, // %-15.2G
    {INFINITY, 'G', RPY_FMT_LEFT, 0, 0, "INF"sv}, // %-.0G
    {INFINITY, 'G', RPY_FMT_PLUS, 0, -1, "+INF"sv}, // %+G
    {INFINITY, 'G', RPY_FMT_PLUS, 12, -1, "        +INF"sv}, // %+12G
    {INFINITY, 'G', RPY_FMT_PLUS, 0, 3, "+INF"sv}, // %+.3G
    {INFINITY, 'G', RPY_FMT_PLUS, 15, 2, "           +INF"sv}, // %+15.2G
    {INFINITY, 'G', RPY_FMT_PLUS, 0, 0, "+INF"sv}, // %+.0G
    {INFINITY, 'G', RPY_FMT_SPACE, 0, -1, " INF"sv}, // % G
    {INFINITY, 'G', RPY_FMT_SPACE, 12, -1, "         INF"sv}, // % 12G
    {INFINITY, 'G', RPY_FMT_SPACE, 0, 3, " INF"sv}, // % .3G
    {INFINITY, 'G', RPY_FMT_SPACE, 15, 2, "            INF"sv}, // % 15.2G
    {INFINITY, 'G', RPY_FMT_SPACE, 0, 0, " INF"sv}, // % .0G
    {INFINITY, 'G', RPY_FMT_ZERO, 0, -1, "INF"sv}, // %0G
    {INFINITY, 'G', RPY_FMT_ZERO, 12, -1, "000000000INF"sv}, // %012G
    {INFINITY, 'G', RPY_FMT_ZERO, 0, 3, "INF"sv}, // %0.3G
    {INFINITY, 'G', RPY_FMT_ZERO, 15, 2, "000000000000INF"sv}, // %015.2G
    {INFINITY, 'G', RPY_FMT_ZERO, 0, 0, "INF"sv}, // %0.0G
    {INFINITY, 'G', RPY_FMT_ALT, 0, -1, "INF"sv}, // %#G
    {INFINITY, 'G', RPY_FMT_ALT, 12, -1, "         INF"sv}, // %#12G
    {INFINITY, 'G', RPY_FMT_ALT, 0, 3, "INF"sv}, // %#.3G
    {INFINITY, 'G', RPY_FMT_ALT, 15, 2, "            INF"sv}, // %#15.2G
    {INFINITY, 'G', RPY_FMT_ALT, 0, 0, "INF"sv}, // %#.0G
    {INFINITY, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+INF"sv}, // %+0G
    {INFINITY, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000INF"sv}, // %+012G
    {INFINITY, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+INF"sv}, // %+0.3G
    {INFINITY, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000INF"sv}, // %+015.2G
    {INFINITY, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+INF"sv}, // %+0.0G
    {INFINITY, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "INF"sv}, // %-#G
    {INFINITY, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "INF         "sv}, // %-#12G
    {INFINITY, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "INF"sv}, // %-#.3G
    {INFINITY, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "INF            "sv}, // %-#15.2G
    {INFINITY, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "INF"sv}, // %-#.0G
    {INFINITY, 's', 0, 0, -1, "inf"sv}, // %s
    {INFINITY, 's', 0, 12, -1, "         inf"sv}, // %12s
    {INFINITY, 's', 0, 0, 3, "inf"sv}, // %.3s
    {INFINITY, 's', 0, 15, 2, "             in"sv}, // %15.2s
    {INFINITY, 's', 0, 0, 0, ""sv}, // %.0s
    {INFINITY, 's', RPY_FMT_LEFT, 0, -1, "inf"sv}, // %-s
    {INFINITY, 's', RPY_FMT_LEFT, 12, -1, "inf         "sv}, // %-12s
    {INFINITY, 's', RPY_FMT_LEFT, 0, 3, "inf"sv}, // %-.3s
    {INFINITY, 's', RPY_FMT_LEFT, 15, 2, "in             "sv}, // %-15.2s
    {INFINITY, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {INFINITY, 's', RPY_FMT_PLUS, 0, -1, "inf"sv}, // %+s
    {INFINITY, 's', RPY_FMT_PLUS, 12, -1, "         inf"sv}, // %+12s
    {INFINITY, 's', RPY_FMT_PLUS, 0, 3, "inf"sv}, // %+.3s
    {INFINITY, 's', RPY_FMT_PLUS, 15, 2, "             in"sv}, // %+15.2s
    {INFINITY, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {INFINITY, 's', RPY_FMT_SPACE, 0, -1, "inf"sv}, // % s
    {INFINITY, 's', RPY_FMT_SPACE, 12, -1, "         inf"sv}, // % 12s
    {INFINITY, 's', RPY_FMT_SPACE, 0, 3, "inf"sv}, // % .3s
    {INFINITY, 's', RPY_FMT_SPACE, 15, 2, "             in"sv}, // % 15.2s
    {INFINITY, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {INFINITY, 's', RPY_FMT_ZERO, 0, -1, "inf"sv}, // %0s
    {INFINITY, 's', RPY_FMT_ZERO, 12, -1, "         inf"sv}, // %012s
    {INFINITY, 's', RPY_FMT_ZERO, 0, 3, "inf"sv}, // %0.3s
    {INFINITY, 's', RPY_FMT_ZERO, 15, 2, "             in"sv}, // %015.2s
    {INFINITY, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {INFINITY, 's', RPY_FMT_ALT, 0, -1, "inf"sv}, // %#s
    {INFINITY, 's', RPY_FMT_ALT, 12, -1, "         inf"sv}, // %#12s
    {INFINITY, 's', RPY_FMT_ALT, 0, 3, "inf"sv}, // %#.3s
    {INFINITY, 's', RPY_FMT_ALT, 15, 2, "             in"sv}, // %#15.2s
    {INFINITY, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {INFINITY, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "inf"sv}, // %+0s
    {INFINITY, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "         inf"sv}, // %+012s
    {INFINITY, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "inf"sv}, // %+0.3s
    {INFINITY, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             in"sv}, // %+015.2s
    {INFINITY, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {INFINITY, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "inf"sv}, // %-#s
    {INFINITY, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "inf         "sv}, // %-#12s
    {INFINITY, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "inf"sv}, // %-#.3s
    {INFINITY, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "in             "sv}, // %-#15.2s
    {INFINITY, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {INFINITY, 'r', 0, 0, -1, "inf"sv}, // %r
    {INFINITY, 'r', 0, 12, -1, "         inf"sv}, // %12r
    {INFINITY, 'r', 0, 0, 3, "inf"sv}, // %.3r
    {INFINITY, 'r', 0, 15, 2, "             in"sv}, // %15.2r
    {INFINITY, 'r', 0, 0, 0, ""sv}, // %.0r
    {INFINITY, 'r', RPY_FMT_LEFT, 0, -1, "inf"sv}, // %-r
    {INFINITY, 'r', RPY_FMT_LEFT, 12, -1, "inf         "sv}, // %-12r
    {INFINITY, 'r', RPY_FMT_LEFT, 0, 3, "inf"sv}, // %-.3r
    {INFINITY, 'r', RPY_FMT_LEFT, 15, 2, "in             "sv}, // %-15.2r
    {INFINITY, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {INFINITY, 'r', RPY_FMT_PLUS, 0, -1, "inf"sv}, // %+r
    {INFINITY, 'r', RPY_FMT_PLUS, 12, -1, "         inf"sv}, // %+12r
    {INFINITY, 'r', RPY_FMT_PLUS, 0, 3, "inf"sv}, // %+.3r
    {INFINITY, 'r', RPY_FMT_PLUS, 15, 2, "             in"sv}, // %+15.2r
    {INFINITY, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {INFINITY, 'r', RPY_FMT_SPACE, 0, -1, "inf"sv}, // % r
    {INFINITY, 'r', RPY_FMT_SPACE, 12, -1, "         inf"sv}, // % 12r
    {INFINITY, 'r', RPY_FMT_SPACE, 0, 3, "inf"sv}, // % .3r
    {INFINITY, 'r', RPY_FMT_SPACE, 15, 2, "             in"sv}, // % 15.2r
    {INFINITY, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {INFINITY, 'r', RPY_FMT_ZERO, 0, -1, "inf"sv}, // %0r
    {INFINITY, 'r', RPY_FMT_ZERO, 12, -1, "         inf"sv}, // %012r
    {INFINITY, 'r', RPY_FMT_ZERO, 0, 3, "inf"sv}, // %0.3r
    {INFINITY, 'r', RPY_FMT_ZERO, 15, 2, "             in"sv}, // %015.2r
    {INFINITY, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {INFINITY, 'r', RPY_FMT_ALT, 0, -1, "inf"sv}, // %#r
    {INFINITY, 'r', RPY_FMT_ALT, 12, -1, "         inf"sv}, // %#12r
    {INFINITY, 'r', RPY_FMT_ALT, 0, 3, "inf"sv}, // %#.3r
    {INFINITY, 'r', RPY_FMT_ALT, 15, 2, "             in"sv}, // %#15.2r
    {INFINITY, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {INFINITY, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "inf"sv}, // %+0r
    {INFINITY, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "         inf"sv}, // %+012r
    {INFINITY, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "inf"sv}, // %+0.3r
    {INFINITY, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             in"sv}, // %+015.2r
    {INFINITY, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {INFINITY, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "inf"sv}, // %-#r
    {INFINITY, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "inf         "sv}, // %-#12r
    {INFINITY, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "inf"sv}, // %-#.3r
    {INFINITY, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "in             "sv}, // %-#15.2r
    {INFINITY, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {-INFINITY, 'e', 0, 0, -1, "-inf"sv}, // %e
    {-INFINITY, 'e', 0, 12, -1, "        -inf"sv}, // %12e
    {-INFINITY, 'e', 0, 0, 3, "-inf"sv}, // %.3e
    {-INFINITY, 'e', 0, 15, 2, "           -inf"sv}, // %15.2e
    {-INFINITY, 'e', 0, 0, 0, "-inf"sv}, // %.0e
    {-INFINITY, 'e', RPY_FMT_LEFT, 0, -1, "-inf"sv}, // %-e
    {-INFINITY, 'e', RPY_FMT_LEFT, 12, -1, "-inf        "sv}, // %-12e
    {-INFINITY, 'e', RPY_FMT_LEFT, 0, 3, "-inf"sv}, // %-.3e
    {-INFINITY, 'e', RPY_FMT_LEFT, 15, 2, "-inf           "sv}, // %-15.2e
    {-INFINITY, 'e', RPY_FMT_LEFT, 0, 0, "-inf"sv}, // %-.0e
    {-INFINITY, 'e', RPY_FMT_PLUS, 0, -1, "-inf"sv}, // %+e
    {-INFINITY, 'e', RPY_FMT_PLUS, 12, -1, "        -inf"sv}, // %+12e
    {-INFINITY, 'e', RPY_FMT_PLUS, 0, 3, "-inf"sv}, // %+.3e
    {-INFINITY, 'e', RPY_FMT_PLUS, 15, 2, "           -inf"sv}, // %+15.2e
    {-INFINITY, 'e', RPY_FMT_PLUS, 0, 0, "-inf"sv}, // %+.0e
    {-INFINITY, 'e', RPY_FMT_SPACE, 0, -1, "-inf"sv}, // % e
    {-INFINITY, 'e', RPY_FMT_SPACE, 12, -1, "        -inf"sv}, // % 12e
    {-INFINITY, 'e', RPY_FMT_SPACE, 0, 3, "-inf"sv}, // % .3e
    {-INFINITY, 'e', RPY_FMT_SPACE, 15, 2, "           -inf"sv}, // % 15.2e
    {-INFINITY, 'e', RPY_FMT_SPACE, 0, 0, "-inf"sv}, // % .0e
    {-INFINITY, 'e', RPY_FMT_ZERO, 0, -1, "-inf"sv}, // %0e
    {-INFINITY, 'e', RPY_FMT_ZERO, 12, -1, "-00000000inf"sv}, // %012e
    {-INFINITY, 'e', RPY_FMT_ZERO, 0, 3, "-inf"sv}, // %0.3e
    {-INFINITY, 'e', RPY_FMT_ZERO, 15, 2, "-00000000000inf"sv}, // %015.2e
    {-INFINITY, 'e', RPY_FMT_ZERO, 0, 0, "-inf"sv}, // %0.0e
    {-INFINITY, 'e', RPY_FMT_ALT, 0, -1, "-inf"sv}, // %#e
    {-INFINITY, 'e', RPY_FMT_ALT, 12, -1, "        -inf"sv}, // %#12e
    {-INFINITY, 'e', RPY_FMT_ALT, 0, 3, "-inf"sv}, // %#.3e
    {-INFINITY, 'e', RPY_FMT_ALT, 15, 2, "           -inf"sv}, // %#15.2e
    {-INFINITY, 'e', RPY_FMT_ALT, 0, 0, "-inf"sv}, // %#.0e
    {-INFINITY, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-inf"sv}, // %+0e
    {-INFINITY, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-00000000inf"sv}, // %+012e
    {-INFINITY, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-inf"sv}, // %+0.3e
    {-INFINITY, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000inf"sv}, // %+015.2e
    {-INFINITY, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-inf"sv}, // %+0.0e
    {-INFINITY, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-inf"sv}, // %-#e
    {-INFINITY, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-inf        "sv}, // %-#12e
    {-INFINITY, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-inf"sv}, // %-#.3e
    {-INFINITY, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-inf           "sv}, // %-#15.2e
    {-INFINITY, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-inf"sv}, // %-#.0e
    {-INFINITY, 'E', 0, 0, -1, "-INF"sv}, // %E
    {-INFINITY, 'E', 0, 12, -1, "        -INF"sv}, // %12E
    {-INFINITY, 'E', 0, 0, 3, "-INF"sv}, // %.3E
    {-INFINITY, 'E', 0, 15, 2, "           -INF"sv}, // %15.2E
    {-INFINITY, 'E', 0, 0, 0, "-INF"sv}, // %.0E
    {-INFINITY, 'E', RPY_FMT_LEFT, 0, -1, "-INF"sv}, // %-E
    {-INFINITY, 'E', RPY_FMT_LEFT, 12, -1, "-INF        "sv}, // %-12E
    {-INFINITY, 'E', RPY_FMT_LEFT, 0, 3, "-INF"sv}, // %-.3E
    {-INFINITY, 'E', RPY_FMT_LEFT, 15, 2, "-INF           "sv}, // %-15.2E
    {-INFINITY, 'E', RPY_FMT_LEFT, 0, 0, "-INF"sv}, // %-.0E
    {-INFINITY, 'E', RPY_FMT_PLUS, 0, -1, "-INF"sv}, // %+E
    {-INFINITY, 'E', RPY_FMT_PLUS, 12, -1, "        -INF"sv}, // %+12E
    {-INFINITY, 'E', RPY_FMT_PLUS, 0, 3, "-INF"sv}, // %+.3E
    {-INFINITY, 'E', RPY_FMT_PLUS, 15, 2, "           -INF"sv}, // %+15.2E
    {-INFINITY, 'E', RPY_FMT_PLUS, 0, 0, "-INF"sv}, // %+.0E
    {-INFINITY, 'E', RPY_FMT_SPACE, 0, -1, "-INF"sv}, // % E
    {-INFINITY, 'E', RPY_FMT_SPACE, 12, -1, "        -INF"sv}, // % 12E
    {-INFINITY, 'E', RPY_FMT_SPACE, 0, 3, "-INF"sv}, // % .3E
    {-INFINITY, 'E', RPY_FMT_SPACE, 15, 2, "           -INF"sv}, // % 15.2E
    {-INFINITY, 'E', RPY_FMT_SPACE, 0, 0, "-INF"sv}, // % .0E
    {-INFINITY, 'E', RPY_FMT_ZERO, 0, -1, "-INF"sv}, // %0E
    {-INFINITY, 'E', RPY_FMT_ZERO, 12, -1, "-00000000INF"sv}, // %012E
    {-INFINITY, 'E', RPY_FMT_ZERO, 0, 3, "-INF"sv}, // %0.3E
    {-INFINITY, 'E', RPY_FMT_ZERO, 15, 2, "-00000000000INF"sv}, // %015.2E
    {-INFINITY, 'E', RPY_FMT_ZERO, 0, 0, "-INF"sv}, // %0.0E
    {-INFINITY, 'E', RPY_FMT_ALT, 0, -1, "-INF"sv}, // %#E
    {-INFINITY, 'E', RPY_FMT_ALT, 12, -1, "        -INF"sv}, // %#12E
    {-INFINITY, 'E', RPY_FMT_ALT, 0, 3, "-INF"sv}, // %#.3E
    {-INFINITY, 'E', RPY_FMT_ALT, 15, 2, "           -INF"sv}, // %#15.2E
    {-INFINITY, 'E', RPY_FMT_ALT, 0, 0, "-INF"sv}, // %#.0E
    {-INFINITY, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-INF"sv}, // %+0E
    {-INFINITY, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-00000000INF"sv}, // %+012E
    {-INFINITY, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-INF"sv}, // %+0.3E
    {-INFINITY, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000INF"sv}, // %+015.2E
    {-INFINITY, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-INF"sv}, // %+0.0E
    {-INFINITY, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-INF"sv}, // %-#E
    {-INFINITY, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-INF        "sv}, // %-#12E
    {-INFINITY, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-INF"sv}, // %-#.3E
    {-INFINITY, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-INF           "sv}, // %-#15.2E
    {-INFINITY, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-INF"sv}, // %-#.0E
    {-INFINITY, 'f', 0, 0, -1, "-inf"sv}, // %f
    {-INFINITY, 'f', 0, 12, -1, "        -inf"sv}, // %12f
    {-INFINITY, 'f', 0, 0, 3, "-inf"sv}, // %.3f
    {-INFINITY, 'f', 0, 15, 2, "           -inf"sv}, // %15.2f
    {-INFINITY, 'f', 0, 0, 0, "-inf"sv}, // %.0f
    {-INFINITY, 'f', RPY_FMT_LEFT, 0, -1, "-inf"sv}, // %-f
    {-INFINITY, 'f', RPY_FMT_LEFT, 12, -1, "-inf        "sv}, // %-12f
    {-INFINITY, 'f', RPY_FMT_LEFT, 0, 3, "-inf"sv}, // %-.3f
    {-INFINITY, 'f', RPY_FMT_LEFT, 15, 2, "-inf           "sv}, // %-15.2f
    {-INFINITY, 'f', RPY_FMT_LEFT, 0, 0, "-inf"sv}, // %-.0f
    {-INFINITY, 'f', RPY_FMT_PLUS, 0, -1, "-inf"sv}, // %+f
    {-INFINITY, 'f', RPY_FMT_PLUS, 12, -1, "        -inf"sv}, // %+12f
    {-INFINITY, 'f', RPY_FMT_PLUS, 0, 3, "-inf"sv}, // %+.3f
    {-INFINITY, 'f', RPY_FMT_PLUS, 15, 2, "           -inf"sv}, // %+15.2f
    {-INFINITY, 'f', RPY_FMT_PLUS, 0, 0, "-inf"sv}, // %+.0f
    {-INFINITY, 'f', RPY_FMT_SPACE, 0, -1, "-inf"sv}, // % f
    {-INFINITY, 'f', RPY_FMT_SPACE, 12, -1, "        -inf"sv}, // % 12f
    {-INFINITY, 'f', RPY_FMT_SPACE, 0, 3, "-inf"sv}, // % .3f
    {-INFINITY, 'f', RPY_FMT_SPACE, 15, 2, "           -inf"sv}, // % 15.2f
    {-INFINITY, 'f', RPY_FMT_SPACE, 0, 0, "-inf"sv}, // % .0f
    {-INFINITY, 'f', RPY_FMT_ZERO, 0, -1, "-inf"sv}, // %0f
    {-INFINITY, 'f', RPY_FMT_ZERO, 12, -1, "-00000000inf"sv}, // %012f
    {-INFINITY, 'f', RPY_FMT_ZERO, 0, 3, "-inf"sv}, // %0.3f
    {-INFINITY, 'f', RPY_FMT_ZERO, 15, 2, "-00000000000inf"sv}, // %015.2f
    {-INFINITY, 'f', RPY_FMT_ZERO, 0, 0, "-inf"sv}, // %0.0f
    {-INFINITY, 'f', RPY_FMT_ALT, 0, -1, "-inf"sv}, // %#f
    {-INFINITY, 'f', RPY_FMT_ALT, 12, -1, "        -inf"sv}, // %#12f
    {-INFINITY, 'f', RPY_FMT_ALT, 0, 3, "-inf"sv}, // %#.3f
    {-INFINITY, 'f', RPY_FMT_ALT, 15, 2, "           -inf"sv}, // %#15.2f
    {-INFINITY, 'f', RPY_FMT_ALT, 0, 0, "-inf"sv}, // %#.0f
    {-INFINITY, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-inf"sv}, // %+0f
    {-INFINITY, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-00000000inf"sv}, // %+012f
    {-INFINITY, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-inf"sv}, // %+0.3f
    {-INFINITY, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000inf"sv}, // %+015.2f
    {-INFINITY, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-inf"sv}, // %+0.0f
    {-INFINITY, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-inf"sv}, // %-#f
    {-INFINITY, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-inf        "sv}, // %-#12f
    {-INFINITY, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-inf"sv}, // %-#.3f
    {-INFINITY, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-inf           "sv}, // %-#15.2f
    {-INFINITY, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-inf"sv}, // %-#.0f
    {-INFINITY, 'F', 0, 0, -1, "-INF"sv}, // %F
    {-INFINITY, 'F', 0, 12, -1, "        -INF"sv}, // %12F
    {-INFINITY, 'F', 0, 0, 3, "-INF"sv}, // %.3F
    {-INFINITY, 'F', 0, 15, 2, "           -INF"sv}, // %15.2F
    {-INFINITY, 'F', 0, 0, 0, "-INF"sv}, // %.0F
    {-INFINITY, 'F', RPY_FMT_LEFT, 0, -1, "-INF"sv}, // %-F
    {-INFINITY, 'F', RPY_FMT_LEFT, 12, -1, "-INF        "sv}, // %-12F
    {-INFINITY, 'F', RPY_FMT_LEFT, 0, 3, "-INF"sv}, // %-.3F
    {-INFINITY, 'F', RPY_FMT_LEFT, 15, 2, "-INF           "sv}, // %-15.2F
    {-INFINITY, 'F', RPY_FMT_LEFT, 0, 0, "-INF"sv}, // %-.0F
    {-INFINITY, 'F', RPY_FMT_PLUS, 0, -1, "-INF"sv}, // %+F
    {-INFINITY, 'F', RPY_FMT_PLUS, 12, -1, "        -INF"sv}, // %+12F
    {-INFINITY, 'F', RPY_FMT_PLUS, 0, 3, "-INF"sv}, // %+.3F
    {-INFINITY, 'F', RPY_FMT_PLUS, 15, 2, "           -INF"sv}, // %+15.2F
    {-INFINITY, 'F', RPY_FMT_PLUS, 0, 0, "-INF"sv}, // %+.0F
    {-INFINITY, 'F', RPY_FMT_SPACE, 0, -1, "-INF"sv}, // % F
    {-INFINITY, 'F', RPY_FMT_SPACE, 12, -1, "        -INF"sv}, // % 12F
    {-INFINITY, 'F', RPY_FMT_SPACE, 0, 3, "-INF"sv}, // % .3F
    {-INFINITY, 'F', RPY_FMT_SPACE, 15, 2, "           -INF"sv}, // % 15.2F
    {-INFINITY, 'F', RPY_FMT_SPACE, 0, 0, "-INF"sv}, // % .0F
    {-INFINITY, 'F', RPY_FMT_ZERO, 0, -1, "-INF"sv}, // %0F
    {-INFINITY, 'F', RPY_FMT_ZERO, 12, -1, "-00000000INF"sv}, // %012F
    {-INFINITY, 'F', RPY_FMT_ZERO, 0, 3, "-INF"sv}, // %0.3F
    {-INFINITY, 'F', RPY_FMT_ZERO, 15, 2, "-00000000000INF"sv}, // %015.2F
    {-INFINITY, 'F', RPY_FMT_ZERO, 0, 0, "-INF"sv}, // %0.0F
    {-INFINITY, 'F', RPY_FMT_ALT, 0, -1, "-INF"sv}, // %#F
    {-INFINITY, 'F', RPY_FMT_ALT, 12, -1, "        -INF"sv}, // %#12F
    {-INFINITY, 'F', RPY_FMT_ALT, 0, 3, "-INF"sv}, // %#.3F
    {-INFINITY, 'F', RPY_FMT_ALT, 15, 2, "           -INF"sv}, // %#15.2F
    {-INFINITY, 'F', RPY_FMT_ALT, 0, 0, "-INF"sv}, // %#.0F
    {-INFINITY, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-INF"sv}, // %+0F
    {-INFINITY, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-00000000INF"sv}, // %+012F
    {-INFINITY, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-INF"sv}, // %+0.3F
    {-INFINITY, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000INF"sv}, // %+015.2F
    {-INFINITY, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-INF"sv}, // %+0.0F
    {-INFINITY, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-INF"sv}, // %-#F
    {-INFINITY, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-INF        "sv}, // %-#12F
    {-INFINITY, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-INF"sv}, // %-#.3F
    {-INFINITY, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-INF           "sv}, // %-#15.2F
    {-INFINITY, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-INF"sv}, // %-#.0F
    {-INFINITY, 'g', 0, 0, -1, "-inf"sv}, // %g
    {-INFINITY, 'g', 0, 12, -1, "        -inf"sv}, // %12g
    {-INFINITY, 'g', 0, 0, 3, "-inf"sv}, // %.3g
    {-INFINITY, 'g', 0, 15, 2, "           -inf"sv}, // %15.2g
    {-INFINITY, 'g', 0, 0, 0, "-inf"sv}, // %.0g
    {-INFINITY, 'g', RPY_FMT_LEFT, 0, -1, "-inf"sv}, // %-g
    {-INFINITY, 'g', RPY_FMT_LEFT, 12, -1, "-inf        "sv}, // %-12g
    {-INFINITY, 'g', RPY_FMT_LEFT, 0, 3, "-inf"sv}, // %-.3g
    {-INFINITY, 'g', RPY_FMT_LEFT, 15, 2, "-inf           "sv}, // %-15.2g
    {-INFINITY, 'g', RPY_FMT_LEFT, 0, 0, "-inf"sv}, // %-.0g
    {-INFINITY, 'g', RPY_FMT_PLUS, 0, -1, "-inf"sv}, // %+g
    {-INFINITY, 'g', RPY_FMT_PLUS, 12, -1, "        -inf"sv}, // %+12g
    {-INFINITY, 'g', RPY_FMT_PLUS, 0, 3, "-inf"sv}, // %+.3g
    {-INFINITY, 'g', RPY_FMT_PLUS, 15, 2, "           -inf"sv}, // %+15.2g
    {-INFINITY, 'g', RPY_FMT_PLUS, 0, 0, "-inf"sv}, // %+.0g
    {-INFINITY, 'g', RPY_FMT_SPACE, 0, -1, "-inf"sv}, // % g
    {-INFINITY, 'g', RPY_FMT_SPACE, 12, -1, "        -inf"sv}, // % 12g
    {-INFINITY, 'g', RPY_FMT_SPACE, 0, 3, "-inf"sv}, // % .3g
    {-INFINITY, 'g', RPY_FMT_SPACE, 15, 2, "           -inf"sv}, // % 15.2g
    {-INFINITY, 'g', RPY_FMT_SPACE, 0, 0, "-inf"sv}, // % .0g
    {-INFINITY, 'g', RPY_FMT_ZERO, 0, -1, "-inf"sv}, // %0g
    {-INFINITY, 'g', RPY_FMT_ZERO, 12, -1, "-00000000inf"sv}, // %012g
    {-INFINITY, 'g', RPY_FMT_ZERO, 0, 3, "-inf"sv}, // %0.3g
    {-INFINITY, 'g', RPY_FMT_ZERO, 15, 2, "-00000000000inf"sv}, // %015.2g
    {-INFINITY, 'g', RPY_FMT_ZERO, 0, 0, "-inf"sv}, // %0.0g
    {-INFINITY, 'g', RPY_FMT_ALT, 0, -1, "-inf"sv}, // %#g
    {-INFINITY, 'g', RPY_FMT_ALT, 12, -1, "        -inf"sv}, // %#12g
    {-INFINITY, 'g', RPY_FMT_ALT, 0, 3, "-inf"sv}, // %#.3g
    {-INFINITY, 'g', RPY_FMT_ALT, 15, 2, "           -inf"sv}, // %#15.2g
    {-INFINITY, 'g', RPY_FMT_ALT, 0, 0, "-inf"sv}, // %#.0g
    {-INFINITY, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-inf"sv}, // %+0g
    {-INFINITY, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-00000000inf"sv}, // %+012g
    {-INFINITY, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-inf"sv}, // %+0.3g
    {-INFINITY, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000inf"sv}, // %+015.2g
    {-INFINITY, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-inf"sv}, // %+0.0g
    {-INFINITY, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-inf"sv}, // %-#g
    {-INFINITY, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-inf        "sv}, // %-#12g
    {-INFINITY, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-inf"sv}, // %-#.3g
    {-INFINITY, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-inf           "sv}, // %-#15.2g
    {-INFINITY, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-inf"sv}, // %-#.0g
    {-INFINITY, 'G', 0, 0, -1, "-INF"sv}, // %G
    {-INFINITY, 'G', 0, 12, -1, "        -INF"sv}, // %12G
    {-INFINITY, 'G', 0, 0, 3, "-INF"sv}, // %.3G
    {-INFINITY, 'G', 0, 15, 2, "           -INF"sv}, // %15.2G
    {-INFINITY, 'G', 0, 0, 0, "-INF"sv}, // %.0G
    {-INFINITY, 'G', RPY_FMT_LEFT, 0, -1, "-INF"sv}, // %-G
    {-INFINITY, 'G', RPY_FMT_LEFT, 12, -1, "-INF        "sv}, // %-12G
    {-INFINITY, 'G', RPY_FMT_LEFT, 0, 3, "-INF"sv}, // %-.3G
    {-INFINITY, 'G', RPY_FMT_LEFT, 15, 2, "-INF           "sv}, // %-15.2G
    {-INFINITY, 'G', RPY_FMT_LEFT, 0, 0, "-INF"sv}, // %-.0G
    {-INFINITY, 'G', RPY_FMT_PLUS, 0, -1, "-INF"sv}, // %+G
    {-INFINITY, 'G', RPY_FMT_PLUS, 12, -1, "        -INF"sv}, // %+12G
    {-INFINITY, 'G', RPY_FMT_PLUS, 0, 3, "-INF"sv}, // %+.3G
    {-INFINITY, 'G', RPY_FMT_PLUS, 15, 2, "           -INF"sv}, // %+15.2G
    {-INFINITY, 'G', RPY_FMT_PLUS, 0, 0, "-INF"sv}, // %+.0G
    {-INFINITY, 'G', RPY_FMT_SPACE, 0, -1, "-INF"sv}, // % G
    {-INFINITY, 'G', RPY_FMT_SPACE, 12, -1, "        -INF"sv}, // % 12G
    {-INFINITY, 'G', RPY_FMT_SPACE, 0, 3, "-INF"sv}, // % .3G
    {-INFINITY, 'G', RPY_FMT_SPACE, 15, 2, "           -INF"sv}, // % 15.2G
    {-INFINITY, 'G', RPY_FMT_SPACE, 0, 0, "-INF"sv}, // % .0G
    {-INFINITY, 'G', RPY_FMT_ZERO, 0, -1, "-INF"sv}, // %0G
    {-INFINITY, 'G', RPY_FMT_ZERO, 12, -1, "-00000000INF"sv}, // %012G
    {-INFINITY, 'G', RPY_FMT_ZERO, 0, 3, "-INF"sv}, // %0.3G
    {-INFINITY, 'G', RPY_FMT_ZERO, 15, 2, "-00000000000INF"sv}, // %015.2G
    {-INFINITY, 'G', RPY_FMT_ZERO, 0, 0, "-INF"sv}, // %0.0G
    {-INFINITY, 'G', RPY_FMT_ALT, 0, -1, "-INF"sv}, // %#G
    {-INFINITY, 'G', RPY_FMT_ALT, 12, -1, "        -INF"sv}, // %#12G
    {-INFINITY, 'G', RPY_FMT_ALT, 0, 3, "-INF"sv}, // %#.3G
    {-INFINITY, 'G', RPY_FMT_ALT, 15, 2, "           -INF"sv}, // %#15.2G
    {-INFINITY, 'G', RPY_FMT_ALT, 0, 0, "-INF"sv}, // %#.0G
    {-INFINITY, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-INF"sv}, // %+0G
    {-INFINITY, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-00000000INF"sv}, // %+012G
    {-INFINITY, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-INF"sv}, // %+0.3G
    {-INFINITY, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000INF"sv}, // %+015.2G
    {-INFINITY, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-INF"sv}, // %+0.0G
    {-INFINITY, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-INF"sv}, // %-#G
    {-INFINITY, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-INF        "sv}, // %-#12G
    {-INFINITY, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-INF"sv}, // %-#.3G
    {-INFINITY, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-INF           "sv}, // %-#15.2G
    {-INFINITY, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-INF"sv}, // %-#.0G
    {-INFINITY, 's', 0, 0, -1, "-inf"sv}, // %s
    {-INFINITY, 's', 0, 12, -1, "        -inf"sv}, // %12s
    {-INFINITY, 's', 0, 0, 3, "-in"sv}, // %.3s
    {-INFINITY, 's', 0, 15, 2, "             -i"sv}, // %15.2s
    {-INFINITY, 's', 0, 0, 0, ""sv}, // %.0s
    {-INFINITY, 's', RPY_FMT_LEFT, 0, -1, "-inf"sv}, // %-s
    {-INFINITY, 's', RPY_FMT_LEFT, 12, -1, "-inf        "sv}, // %-12s
    {-INFINITY, 's', RPY_FMT_LEFT, 0, 3, "-in"sv}, // %-.3s
    {-INFINITY, 's', RPY_FMT_LEFT, 15, 2, "-i             "sv}, // %-15.2s
    {-INFINITY, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {-INFINITY, 's', RPY_FMT_PLUS, 0, -1, "-inf"sv}, // %+s
    {-INFINITY, 's', RPY_FMT_PLUS, 12, -1, "        -inf"sv}, // %+12s
    {-INFINITY, 's', RPY_FMT_PLUS, 0, 3, "-in"sv}, // %+.3s
    {-INFINITY, 's', RPY_FMT_PLUS, 15, 2, "             -i"sv}, // %+15.2s
    {-INFINITY, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {-INFINITY, 's', RPY_FMT_SPACE, 0, -1, "-inf"sv}, // % s
    {-INFINITY, 's', RPY_FMT_SPACE, 12, -1, "        -inf"sv}, // % 12s
    {-INFINITY, 's', RPY_FMT_SPACE, 0, 3, "-in"sv}, // % .3s
    {-INFINITY, 's', RPY_FMT_SPACE, 15, 2, "             -i"sv}, // % 15.2s
    {-INFINITY, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {-INFINITY, 's', RPY_FMT_ZERO, 0, -1, "-inf"sv}, // %0s
    {-INFINITY, 's', RPY_FMT_ZERO, 12, -1, "        -inf"sv}, // %012s
    {-INFINITY, 's', RPY_FMT_ZERO, 0, 3, "-in"sv}, // %0.3s
    {-INFINITY, 's', RPY_FMT_ZERO, 15, 2, "             -i"sv}, // %015.2s
    {-INFINITY, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {-INFINITY, 's', RPY_FMT_ALT, 0, -1, "-inf"sv}, // %#s
    {-INFINITY, 's', RPY_FMT_ALT, 12, -1, "        -inf"sv}, // %#12s
    {-INFINITY, 's', RPY_FMT_ALT, 0, 3, "-in"sv}, // %#.3s
    {-INFINITY, 's', RPY_FMT_ALT, 15, 2, "             -i"sv}, // %#15.2s
    {-INFINITY, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {-INFINITY, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-inf"sv}, // %+0s
    {-INFINITY, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "        -inf"sv}, // %+012s
    {-INFINITY, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-in"sv}, // %+0.3s
    {-INFINITY, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             -i"sv}, // %+015.2s
    {-INFINITY, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {-INFINITY, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-inf"sv}, // %-#s
    {-INFINITY, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-inf        "sv}, // %-#12s
    {-INFINITY, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-in"sv}, // %-#.3s
    {-INFINITY, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-i             "sv}, // %-#15.2s
    {-INFINITY, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {-INFINITY, 'r', 0, 0, -1, "-inf"sv}, // %r
    {-INFINITY, 'r', 0, 12, -1, "        -inf"sv}, // %12r
    {-INFINITY, 'r', 0, 0, 3, "-in"sv}, // %.3r
    {-INFINITY, 'r', 0, 15, 2, "             -i"sv}, // %15.2r
    {-INFINITY, 'r', 0, 0, 0, ""sv}, // %.0r
    {-INFINITY, 'r', RPY_FMT_LEFT, 0, -1, "-inf"sv}, // %-r
    {-INFINITY, 'r', RPY_FMT_LEFT, 12, -1, "-inf        "sv}, // %-12r
    {-INFINITY, 'r', RPY_FMT_LEFT, 0, 3, "-in"sv}, // %-.3r
    {-INFINITY, 'r', RPY_FMT_LEFT, 15, 2, "-i             "sv}, // %-15.2r
    {-INFINITY, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {-INFINITY, 'r', RPY_FMT_PLUS, 0, -1, "-inf"sv}, // %+r
    {-INFINITY, 'r', RPY_FMT_PLUS, 12, -1, "        -inf"sv}, // %+12r
    {-INFINITY, 'r', RPY_FMT_PLUS, 0, 3, "-in"sv}, // %+.3r
    {-INFINITY, 'r', RPY_FMT_PLUS, 15, 2, "             -i"sv}, // %+15.2r
    {-INFINITY, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {-INFINITY, 'r', RPY_FMT_SPACE, 0, -1, "-inf"sv}, // % r
    {-INFINITY, 'r', RPY_FMT_SPACE, 12, -1, "        -inf"sv}, // % 12r
    {-INFINITY, 'r', RPY_FMT_SPACE, 0, 3, "-in"sv}, // % .3r
    {-INFINITY, 'r', RPY_FMT_SPACE, 15, 2, "             -i"sv}, // % 15.2r
    {-INFINITY, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {-INFINITY, 'r', RPY_FMT_ZERO, 0, -1, "-inf"sv}, // %0r
    {-INFINITY, 'r', RPY_FMT_ZERO, 12, -1, "        -inf"sv}, // %012r
    {-INFINITY, 'r', RPY_FMT_ZERO, 0, 3, "-in"sv}, // %0.3r
    {-INFINITY, 'r', RPY_FMT_ZERO, 15, 2, "             -i"sv}, // %015.2r
    {-INFINITY, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {-INFINITY, 'r', RPY_FMT_ALT, 0, -1, "-inf"sv}, // %#r
    {-INFINITY, 'r', RPY_FMT_ALT, 12, -1, "        -inf"sv}, // %#12r
    {-INFINITY, 'r', RPY_FMT_ALT, 0, 3, "-in"sv}, // %#.3r
    {-INFINITY, 'r', RPY_FMT_ALT, 15, 2, "             -i"sv}, // %#15.2r
    {-INFINITY, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {-INFINITY, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-inf"sv}, // %+0r
    {-INFINITY, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "        -inf"sv}, // %+012r
    {-INFINITY, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-in"sv}, // %+0.3r
    {-INFINITY, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             -i"sv}, // %+015.2r
    {-INFINITY, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {-INFINITY, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-inf"sv}, // %-#r
    {-INFINITY, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-inf        "sv}, // %-#12r
    {-INFINITY, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-in"sv}, // %-#.3r
    {-INFINITY, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-i             "sv}, // %-#15.2r
    {-INFINITY, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {NAN, 'e', 0, 0, -1, "nan"sv}, // %e
    {NAN, 'e', 0, 12, -1, "         nan"sv}, // %12e
    {NAN, 'e', 0, 0, 3, "nan"sv}, // %.3e
    {NAN, 'e', 0, 15, 2, "            nan"sv}, // %15.2e
    {NAN, 'e', 0, 0, 0, "nan"sv}, // %.0e
    {NAN, 'e', RPY_FMT_LEFT, 0, -1, "nan"sv}, // %-e
    {NAN, 'e', RPY_FMT_LEFT, 12, -1, "nan         "sv}, // %-12e
    {NAN, 'e', RPY_FMT_LEFT, 0, 3, "nan"sv}, // %-.3e
    {NAN, 'e', RPY_FMT_LEFT, 15, 2, "nan            "sv}, // %-15.2e
    {NAN, 'e', RPY_FMT_LEFT, 0, 0, "nan"sv}, // %-.0e
    {NAN, 'e', RPY_FMT_PLUS, 0, -1, "+nan"sv}, // %+e
    {NAN, 'e', RPY_FMT_PLUS, 12, -1, "        +nan"sv}, // %+12e
    {NAN, 'e', RPY_FMT_PLUS, 0, 3, "+nan"sv}, // %+.3e
    {NAN, 'e', RPY_FMT_PLUS, 15, 2, "           +nan"sv}, // %+15.2e
    {NAN, 'e', RPY_FMT_PLUS, 0, 0, "+nan"sv}, // %+.0e
    {NAN, 'e', RPY_FMT_SPACE, 0, -1, " nan"sv}, // % e
    {NAN, 'e', RPY_FMT_SPACE, 12, -1, "         nan"sv}, // % 12e
    {NAN, 'e', RPY_FMT_SPACE, 0, 3, " nan"sv}, // % .3e
    {NAN, 'e', RPY_FMT_SPACE, 15, 2, "            nan"sv}, // % 15.2e
    {NAN, 'e', RPY_FMT_SPACE, 0, 0, " nan"sv}, // % .0e
    {NAN, 'e', RPY_FMT_ZERO, 0, -1, "nan"sv}, // %0e
    {NAN, 'e', RPY_FMT_ZERO, 12, -1, "000000000nan"sv}, // %012e
    {NAN, 'e', RPY_FMT_ZERO, 0, 3, "nan"sv}, // %0.3e
    {NAN, 'e', RPY_FMT_ZERO, 15, 2, "000000000000nan"sv}, // %015.2e
    {NAN, 'e', RPY_FMT_ZERO, 0, 0, "nan"sv}, // %0.0e
    {NAN, 'e', RPY_FMT_ALT, 0, -1, "nan"sv}, // %#e
    {NAN, 'e', RPY_FMT_ALT, 12, -1, "         nan"sv}, // %#12e
    {NAN, 'e', RPY_FMT_ALT, 0, 3, "nan"sv}, // %#.3e
    {NAN, 'e', RPY_FMT_ALT, 15, 2, "            nan"sv}, // %#15.2e
    {NAN, 'e', RPY_FMT_ALT, 0, 0, "nan"sv}, // %#.0e
    {NAN, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+nan"sv}, // %+0e
    {NAN, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000nan"sv}, // %+012e
    {NAN, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+nan"sv}, // %+0.3e
    {NAN, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000nan"sv}, // %+015.2e
    {NAN, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+nan"sv}, // %+0.0e
    {NAN, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "nan"sv}, // %-#e
    {NAN, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "nan         "sv}, // %-#12e
    {NAN, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "nan"sv}, // %-#.3e
    {NAN, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "nan            "sv}, // %-#15.2e
    {NAN, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "nan"sv}, // %-#.0e
    {NAN, 'E', 0, 0, -1, "NAN"sv}, // %E
    {NAN, 'E', 0, 12, -1, "         NAN"sv}, // %12E
    {NAN, 'E', 0, 0, 3, "NAN"sv}, // %.3E
    {NAN, 'E', 0, 15, 2, "            NAN"sv}, // %15.2E
    {NAN, 'E', 0, 0, 0, "NAN"sv}, // %.0E
    {NAN, 'E', RPY_FMT_LEFT, 0, -1, "NAN"sv}, // %-E
    {NAN, 'E', RPY_FMT_LEFT, 12, -1, "NAN         "sv}, // %-12E
    {NAN, 'E', RPY_FMT_LEFT, 0, 3, "NAN"sv}, // %-.3E
    {NAN, 'E', RPY_FMT_LEFT, 15, 2, "NAN            "sv}, // %-15.2E
    {NAN, 'E', RPY_FMT_LEFT, 0, 0, "NAN"sv}, // %-.0E
    {NAN, 'E', RPY_FMT_PLUS, 0, -1, "+NAN"sv}, // %+E
    {NAN, 'E', RPY_FMT_PLUS, 12, -1, "        +NAN"sv}, // %+12E
    {NAN, 'E', RPY_FMT_PLUS, 0, 3, "+NAN"sv}, // %+.3E
    {NAN, 'E', RPY_FMT_PLUS, 15, 2, "           +NAN"sv}, // %+15.2E
    {NAN, 'E', RPY_FMT_PLUS, 0, 0, "+NAN"sv}, // %+.0E
    {NAN, 'E', RPY_FMT_SPACE, 0, -1, " NAN"sv}, // % E
    {NAN, 'E', RPY_FMT_SPACE, 12, -1, "         NAN"sv}, // % 12E
    {NAN, 'E', RPY_FMT_SPACE, 0, 3, " NAN"sv}, // % .3E
    {NAN, 'E', RPY_FMT_SPACE, 15, 2, "            NAN"sv}, // % 15.2E
    {NAN, 'E', RPY_FMT_SPACE, 0, 0, " NAN"sv}, // % .0E
    {NAN, 'E', RPY_FMT_ZERO, 0, -1, "NAN"sv}, // %0E
    {NAN, 'E', RPY_FMT_ZERO, 12, -1, "000000000NAN"sv}, // %012E
    {NAN, 'E', RPY_FMT_ZERO, 0, 3, "NAN"sv}, // %0.3E
    {NAN, 'E', RPY_FMT_ZERO, 15, 2, "000000000000NAN"sv}, // %015.2E
    {NAN, 'E', RPY_FMT_ZERO, 0, 0, "NAN"sv}, // %0.0E
    {NAN, 'E', RPY_FMT_ALT, 0, -1, "NAN"sv}, // %#E
    {NAN, 'E', RPY_FMT_ALT, 12, -1, "         NAN"sv}, // %#12E
    {NAN, 'E', RPY_FMT_ALT, 0, 3, "NAN"sv}, // %#.3E
    {NAN, 'E', RPY_FMT_ALT, 15, 2, "            NAN"sv}, // %#15.2E
    {NAN, 'E', RPY_FMT_ALT, 0, 0, "NAN"sv}, // %#.0E
    {NAN, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+NAN"sv}, // %+0E
    {NAN, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000NAN"sv}, // %+012E
    {NAN, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+NAN"sv}, // %+0.3E
    {NAN, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000NAN"sv}, // %+015.2E
    {NAN, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+NAN"sv}, // %+0.0E
    {NAN, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "NAN"sv}, // %-#E
    {NAN, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "NAN         "sv}, // %-#12E
    {NAN, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "NAN"sv}, // %-#.3E
    {NAN, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "NAN            "sv}, // %-#15.2E
    {NAN, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "NAN"sv}, // %-#.0E
    {NAN, 'f', 0, 0, -1, "nan"sv}, // %f
    {NAN, 'f', 0, 12, -1, "         nan"sv}, // %12f
    {NAN, 'f', 0, 0, 3, "nan"sv}, // %.3f
    {NAN, 'f', 0, 15, 2, "            nan"sv}, // %15.2f
    {NAN, 'f', 0, 0, 0, "nan"sv}, // %.0f
    {NAN, 'f', RPY_FMT_LEFT, 0, -1, "nan"sv}, // %-f
    {NAN, 'f', RPY_FMT_LEFT, 12, -1, "nan         "sv}, // %-12f
    {NAN, 'f', RPY_FMT_LEFT, 0, 3, "nan"sv}, // %-.3f
    {NAN, 'f', RPY_FMT_LEFT, 15, 2, "nan            "sv}, // %-15.2f
    {NAN, 'f', RPY_FMT_LEFT, 0, 0, "nan"sv}, // %-.0f
    {NAN, 'f', RPY_FMT_PLUS, 0, -1, "+nan"sv}, // %+f
    {NAN, 'f', RPY_FMT_PLUS, 12, -1, "        +nan"sv}, // %+12f
    {NAN, 'f', RPY_FMT_PLUS, 0, 3, "+nan"sv}, // %+.3f
    {NAN, 'f', RPY_FMT_PLUS, 15, 2, "           +nan"sv}, // %+15.2f
    {NAN, 'f', RPY_FMT_PLUS, 0, 0, "+nan"sv}, // %+.0f
    {NAN, 'f', RPY_FMT_SPACE, 0, -1, " nan"sv}, // % f
    {NAN, 'f', RPY_FMT_SPACE, 12, -1, "         nan"sv}, // % 12f
    {NAN, 'f', RPY_FMT_SPACE, 0, 3, " nan"sv}, // % .3f
    {NAN, 'f', RPY_FMT_SPACE, 15, 2, "            nan"sv}, // % 15.2f
    {NAN, 'f', RPY_FMT_SPACE, 0, 0, " nan"sv}, // % .0f
    {NAN, 'f', RPY_FMT_ZERO, 0, -1, "nan"sv}, // %0f
    {NAN, 'f', RPY_FMT_ZERO, 12, -1, "000000000nan"sv}, // %012f
    {NAN, 'f', RPY_FMT_ZERO, 0, 3, "nan"sv}, // %0.3f
    {NAN, 'f', RPY_FMT_ZERO, 15, 2, "000000000000nan"sv}, // %015.2f
    {NAN, 'f', RPY_FMT_ZERO, 0, 0, "nan"sv}, // %0.0f
    {NAN, 'f', RPY_FMT_ALT, 0, -1, "nan"sv}, // %#f
    {NAN, 'f', RPY_FMT_ALT, 12, -1, "         nan"sv}, // %#12f
    {NAN, 'f', RPY_FMT_ALT, 0, 3, "nan"sv}, // %#.3f
    {NAN, 'f', RPY_FMT_ALT, 15, 2, "            nan"sv}, // %#15.2f
    {NAN, 'f', RPY_FMT_ALT, 0, 0, "nan"sv}, // %#.0f
    {NAN, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+nan"sv}, // %+0f
    {NAN, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000nan"sv}, // %+012f
    {NAN, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+nan"sv}, // %+0.3f
    {NAN, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000nan"sv}, // %+015.2f
    {NAN, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+nan"sv}, // %+0.0f
    {NAN, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "nan"sv}, // %-#f
    {NAN, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "nan         "sv}, // %-#12f
    {NAN, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "nan"sv}, // %-#.3f
    {NAN, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "nan            "sv}, // %-#15.2f
    {NAN, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "nan"sv}, // %-#.0f
    {NAN, 'F', 0, 0, -1, "NAN"sv}, // %F
    {NAN, 'F', 0, 12, -1, "         NAN"sv}, // %12F
    {NAN, 'F', 0, 0, 3, "NAN"sv}, // %.3F
    {NAN, 'F', 0, 15, 2, "            NAN"sv}, // %15.2F
    {NAN, 'F', 0, 0, 0, "NAN"sv}, // %.0F
    {NAN, 'F', RPY_FMT_LEFT, 0, -1, "NAN"sv}, // %-F
    {NAN, 'F', RPY_FMT_LEFT, 12, -1, "NAN         "sv}, // %-12F
    {NAN, 'F', RPY_FMT_LEFT, 0, 3, "NAN"sv}, // %-.3F
    {NAN, 'F', RPY_FMT_LEFT, 15, 2, "NAN            "sv}, // %-15.2F
    {NAN, 'F', RPY_FMT_LEFT, 0, 0, "NAN"sv}, // %-.0F
    {NAN, 'F', RPY_FMT_PLUS, 0, -1, "+NAN"sv}, // %+F
    {NAN, 'F', RPY_FMT_PLUS, 12, -1, "        +NAN"sv}, // %+12F
    {NAN, 'F', RPY_FMT_PLUS, 0, 3, "+NAN"sv}, // %+.3F
    {NAN, 'F', RPY_FMT_PLUS, 15, 2, "           +NAN"sv}, // %+15.2F
    {NAN, 'F', RPY_FMT_PLUS, 0, 0, "+NAN"sv}, // %+.0F
    {NAN, 'F', RPY_FMT_SPACE, 0, -1, " NAN"sv}, // % F
    {NAN, 'F', RPY_FMT_SPACE, 12, -1, "         NAN"sv}, // % 12F
    {NAN, 'F', RPY_FMT_SPACE, 0, 3, " NAN"sv}, // % .3F
    {NAN, 'F', RPY_FMT_SPACE, 15, 2, "            NAN"sv}, // % 15.2F
    {NAN, 'F', RPY_FMT_SPACE, 0, 0, " NAN"sv}, // % .0F
    {NAN, 'F', RPY_FMT_ZERO, 0, -1, "NAN"sv}, // %0F
    {NAN, 'F', RPY_FMT_ZERO, 12, -1, "000000000NAN"sv}, // %012F
    {NAN, 'F', RPY_FMT_ZERO, 0, 3, "NAN"sv}, // %0.3F
    {NAN, 'F', RPY_FMT_ZERO, 15, 2, "000000000000NAN"sv}, // %015.2F
    {NAN, 'F', RPY_FMT_ZERO, 0, 0, "NAN"sv}, // %0.0F
    {NAN, 'F', RPY_FMT_ALT, 0, -1, "NAN"sv}, // %#F
    {NAN, 'F', RPY_FMT_ALT, 12, -1, "         NAN"sv}, // %#12F
    {NAN, 'F', RPY_FMT_ALT, 0, 3, "NAN"sv}, // %#.3F
    {NAN, 'F', RPY_FMT_ALT, 15, 2, "            NAN"sv}, // %#15.2F
    {NAN, 'F', RPY_FMT_ALT, 0, 0, "NAN"sv}, // %#.0F
    {NAN, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+NAN"sv}, // %+0F
    {NAN, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000NAN"sv}, // %+012F
    {NAN, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+NAN"sv}, // %+0.3F
    {NAN, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000NAN"sv}, // %+015.2F
    {NAN, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+NAN"sv}, // %+0.0F
    {NAN, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "NAN"sv}, // %-#F
    {NAN, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "NAN         "sv}, // %-#12F
    {NAN, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "NAN"sv}, // %-#.3F
    {NAN, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "NAN            "sv}, // %-#15.2F
    {NAN, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "NAN"sv}, // %-#.0F
    {NAN, 'g', 0, 0, -1, "nan"sv}, // %g
    {NAN, 'g', 0, 12, -1, "         nan"sv}, // %12g
    {NAN, 'g', 0, 0, 3, "nan"sv}, // %.3g
    {NAN, 'g', 0, 15, 2, "            nan"sv}, // %15.2g
    {NAN, 'g', 0, 0, 0, "nan"sv}, // %.0g
    {NAN, 'g', RPY_FMT_LEFT, 0, -1, "nan"sv}, // %-g
    {NAN, 'g', RPY_FMT_LEFT, 12, -1, "nan         "sv}, // %-12g
    {NAN, 'g', RPY_FMT_LEFT, 0, 3, "nan"sv}, // %-.3g
    {NAN, 'g', RPY_FMT_LEFT, 15, 2, "nan            "sv}, // %-15.2g
    {NAN, 'g', RPY_FMT_LEFT, 0, 0, "nan"sv}, // %-.0g
    {NAN, 'g', RPY_FMT_PLUS, 0, -1, "+nan"sv}, // %+g
    {NAN, 'g', RPY_FMT_PLUS, 12, -1, "        +nan"sv}, // %+12g
    {NAN, 'g', RPY_FMT_PLUS, 0, 3, "+nan"sv}, // %+.3g
    {NAN, 'g', RPY_FMT_PLUS, 15, 2, "           +nan"sv}, // %+15.2g
    {NAN, 'g', RPY_FMT_PLUS, 0, 0, "+nan"sv}, // %+.0g
    {NAN, 'g', RPY_FMT_SPACE, 0, -1, " nan"sv}, // % g
    {NAN, 'g', RPY_FMT_SPACE, 12, -1, "         nan"sv}, // % 12g
    {NAN, 'g', RPY_FMT_SPACE, 0, 3, " nan"sv}, // % .3g
    {NAN, 'g', RPY_FMT_SPACE, 15, 2, "            nan"sv}, // % 15.2g
    {NAN, 'g', RPY_FMT_SPACE, 0, 0, " nan"sv}, // % .0g
    {NAN, 'g', RPY_FMT_ZERO, 0, -1, "nan"sv}, // %0g
    {NAN, 'g', RPY_FMT_ZERO, 12, -1, "000000000nan"sv}, // %012g
    {NAN, 'g', RPY_FMT_ZERO, 0, 3, "nan"sv}, // %0.3g
    {NAN, 'g', RPY_FMT_ZERO, 15, 2, "000000000000nan"sv}, // %015.2g
    {NAN, 'g', RPY_FMT_ZERO, 0, 0, "nan"sv}, // %0.0g
    {NAN, 'g', RPY_FMT_ALT, 0, -1, "nan"sv}, // %#g
    {NAN, 'g', RPY_FMT_ALT, 12, -1, "         nan"sv}, // %#12g
    {NAN, 'g', RPY_FMT_ALT, 0, 3, "nan"sv}, // %#.3g
    {NAN, 'g', RPY_FMT_ALT, 15, 2, "            nan"sv}, // %#15.2g
    {NAN, 'g', RPY_FMT_ALT, 0, 0, "nan"sv}, // %#.0g
    {NAN, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+nan"sv}, // %+0g
    {NAN, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000nan"sv}, // %+012g
    {NAN, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+nan"sv}, // %+0.3g
    {NAN, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000nan"sv}, // %+015.2g
    {NAN, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+nan"sv}, // %+0.0g
    {NAN, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "nan"sv}, // %-#g
    {NAN, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "nan         "sv}, // %-#12g
    {NAN, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "nan"sv}, // %-#.3g
    {NAN, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "nan            "sv}, // %-#15.2g
    {NAN, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "nan"sv}, // %-#.0g
    {NAN, 'G', 0, 0, -1, "NAN"sv}, // %G
    {NAN, 'G', 0, 12, -1, "         NAN"sv}, // %12G
    {NAN, 'G', 0, 0, 3, "NAN"sv}, // %.3G
    {NAN, 'G', 0, 15, 2, "            NAN"sv}, // %15.2G
    {NAN, 'G', 0, 0, 0, "NAN"sv}, // %.0G
    {NAN, 'G', RPY_FMT_LEFT, 0, -1, "NAN"sv}, // %-G
    {NAN, 'G', RPY_FMT_LEFT, 12, -1, "NAN         "sv}, // %-12G
    {NAN, 'G', RPY_FMT_LEFT, 0, 3, "NAN"sv}, // %-.3G
    {NAN, 'G', RPY_FMT_LEFT, 15, 2, "NAN            "sv}, // %-15.2G
    {NAN, 'G', RPY_FMT_LEFT, 0, 0, "NAN"sv}, // %-.0G
    {NAN, 'G', RPY_FMT_PLUS, 0, -1, "+NAN"sv}, // %+G
    {NAN, 'G', RPY_FMT_PLUS, 12, -1, "        +NAN"sv}, // %+12G
    {NAN, 'G', RPY_FMT_PLUS, 0, 3, "+NAN"sv}, // %+.3G
    {NAN, 'G', RPY_FMT_PLUS, 15, 2, "           +NAN"sv}, // %+15.2G
    {NAN, 'G', RPY_FMT_PLUS, 0, 0, "+NAN"sv}, // %+.0G
    {NAN, 'G', RPY_FMT_SPACE, 0, -1, " NAN"sv}, // % G
    {NAN, 'G', RPY_FMT_SPACE, 12, -1, "         NAN"sv}, // % 12G
    {NAN, 'G', RPY_FMT_SPACE, 0, 3, " NAN"sv}, // % .3G
    {NAN, 'G', RPY_FMT_SPACE, 15, 2, "            NAN"sv}, // % 15.2G
    {NAN, 'G', RPY_FMT_SPACE, 0, 0, " NAN"sv}, // % .0G
    {NAN, 'G', RPY_FMT_ZERO, 0, -1, "NAN"sv}, // %0G
    {NAN, 'G', RPY_FMT_ZERO, 12, -1, "000000000NAN"sv}, // %012G
    {NAN, 'G', RPY_FMT_ZERO, 0, 3, "NAN"sv}, // %0.3G
    {NAN, 'G', RPY_FMT_ZERO, 15, 2, "000000000000NAN"sv}, // %015.2G
    {NAN, 'G', RPY_FMT_ZERO, 0, 0, "NAN"sv}, // %0.0G
    {NAN, 'G', RPY_FMT_ALT, 0, -1, "NAN"sv}, // %#G
    {NAN, 'G', RPY_FMT_ALT, 12, -1, "         NAN"sv}, // %#12G
    {NAN, 'G', RPY_FMT_ALT, 0, 3, "NAN"sv}, // %#.3G
    {NAN, 'G', RPY_FMT_ALT, 15, 2, "            NAN"sv}, // %#15.2G
    {NAN, 'G', RPY_FMT_ALT, 0, 0, "NAN"sv}, // %#.0G
    {NAN, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+NAN"sv}, // %+0G
    {NAN, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000NAN"sv}, // %+012G
    {NAN, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+NAN"sv}, // %+0.3G
    {NAN, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000NAN"sv}, // %+015.2G
    {NAN, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+NAN"sv}, // %+0.0G
    {NAN, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "NAN"sv}, // %-#G
    {NAN, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "NAN         "sv}, // %-#12G
    {NAN, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "NAN"sv}, // %-#.3G
    {NAN, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "NAN            "sv}, // %-#15.2G
    {NAN, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "NAN"sv}, // %-#.0G
    {NAN, 's', 0, 0, -1, "nan"sv}, // %s
    {NAN, 's', 0, 12, -1, "         nan"sv}, // %12s
    {NAN, 's', 0, 0, 3, "nan"sv}, // %.3s
    {NAN, 's', 0, 15, 2, "             na"sv}, // %15.2s
    {NAN, 's', 0, 0, 0, ""sv}, // %.0s
    {NAN, 's', RPY_FMT_LEFT, 0, -1, "nan"sv}, // %-s
    {NAN, 's', RPY_FMT_LEFT, 12, -1, "nan         "sv}, // %-12s
    {NAN, 's', RPY_FMT_LEFT, 0, 3, "nan"sv}, // %-.3s
    {NAN, 's', RPY_FMT_LEFT, 15, 2, "na             "sv}, // %-15.2s
    {NAN, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {NAN, 's', RPY_FMT_PLUS, 0, -1, "nan"sv}, // %+s
    {NAN, 's', RPY_FMT_PLUS, 12, -1, "         nan"sv}, // %+12s
    {NAN, 's', RPY_FMT_PLUS, 0, 3, "nan"sv}, // %+.3s
    {NAN, 's', RPY_FMT_PLUS, 15, 2, "             na"sv}, // %+15.2s
    {NAN, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {NAN, 's', RPY_FMT_SPACE, 0, -1, "nan"sv}, // % s
    {NAN, 's', RPY_FMT_SPACE, 12, -1, "         nan"sv}, // % 12s
    {NAN, 's', RPY_FMT_SPACE, 0, 3, "nan"sv}, // % .3s
    {NAN, 's', RPY_FMT_SPACE, 15, 2, "             na"sv}, // % 15.2s
    {NAN, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {NAN, 's', RPY_FMT_ZERO, 0, -1, "nan"sv}, // %0s
    {NAN, 's', RPY_FMT_ZERO, 12, -1, "         nan"sv}, // %012s
    {NAN, 's', RPY_FMT_ZERO, 0, 3, "nan"sv}, // %0.3s
    {NAN, 's', RPY_FMT_ZERO, 15, 2, "             na"sv}, // %015.2s
    {NAN, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {NAN, 's', RPY_FMT_ALT, 0, -1, "nan"sv}, // %#s
    {NAN, 's', RPY_FMT_ALT, 12, -1, "         nan"sv}, // %#12s
    {NAN, 's', RPY_FMT_ALT, 0, 3, "nan"sv}, // %#.3s
    {NAN, 's', RPY_FMT_ALT, 15, 2, "             na"sv}, // %#15.2s
    {NAN, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {NAN, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "nan"sv}, // %+0s
    {NAN, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "         nan"sv}, // %+012s
    {NAN, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "nan"sv}, // %+0.3s
    {NAN, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             na"sv}, // %+015.2s
    {NAN, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {NAN, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "nan"sv}, // %-#s
    {NAN, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "nan         "sv}, // %-#12s
    {NAN, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "nan"sv}, // %-#.3s
    {NAN, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "na             "sv}, // %-#15.2s
    {NAN, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {NAN, 'r', 0, 0, -1, "nan"sv}, // %r
    {NAN, 'r', 0, 12, -1, "         nan"sv}, // %12r
    {NAN, 'r', 0, 0, 3, "nan"sv}, // %.3r
    {NAN, 'r', 0, 15, 2, "             na"sv}, // %15.2r
    {NAN, 'r', 0, 0, 0, ""sv}, // %.0r
    {NAN, 'r', RPY_FMT_LEFT, 0, -1, "nan"sv}, // %-r
    {NAN, 'r', RPY_FMT_LEFT, 12, -1, "nan         "sv}, // %-12r
    {NAN, 'r', RPY_FMT_LEFT, 0, 3, "nan"sv}, // %-.3r
    {NAN, 'r', RPY_FMT_LEFT, 15, 2, "na             "sv}, // %-15.2r
    {NAN, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {NAN, 'r', RPY_FMT_PLUS, 0, -1, "nan"sv}, // %+r
    {NAN, 'r', RPY_FMT_PLUS, 12, -1, "         nan"sv}, // %+12r
    {NAN, 'r', RPY_FMT_PLUS, 0, 3, "nan"sv}, // %+.3r
    {NAN, 'r', RPY_FMT_PLUS, 15, 2, "             na"sv}, // %+15.2r
    {NAN, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {NAN, 'r', RPY_FMT_SPACE, 0, -1, "nan"sv}, // % r
    {NAN, 'r', RPY_FMT_SPACE, 12, -1, "         nan"sv}, // % 12r
    {NAN, 'r', RPY_FMT_SPACE, 0, 3, "nan"sv}, // % .3r
    {NAN, 'r', RPY_FMT_SPACE, 15, 2, "             na"sv}, // % 15.2r
    {NAN, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {NAN, 'r', RPY_FMT_ZERO, 0, -1, "nan"sv}, // %0r
    {NAN, 'r', RPY_FMT_ZERO, 12, -1, "         nan"sv}, // %012r
    {NAN, 'r', RPY_FMT_ZERO, 0, 3, "nan"sv}, // %0.3r
    {NAN, 'r', RPY_FMT_ZERO, 15, 2, "             na"sv}, // %015.2r
    {NAN, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {NAN, 'r', RPY_FMT_ALT, 0, -1, "nan"sv}, // %#r
    {NAN, 'r', RPY_FMT_ALT, 12, -1, "         nan"sv}, // %#12r
    {NAN, 'r', RPY_FMT_ALT, 0, 3, "nan"sv}, // %#.3r
    {NAN, 'r', RPY_FMT_ALT, 15, 2, "             na"sv}, // %#15.2r
    {NAN, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {NAN, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "nan"sv}, // %+0r
    {NAN, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "         nan"sv}, // %+012r
    {NAN, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "nan"sv}, // %+0.3r
    {NAN, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             na"sv}, // %+015.2r
    {NAN, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {NAN, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "nan"sv}, // %-#r
    {NAN, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "nan         "sv}, // %-#12r
    {NAN, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "nan"sv}, // %-#.3r
    {NAN, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "na             "sv}, // %-#15.2r
    {NAN, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {-0x1.0000000000000p-1, 'e', 0, 0, -1, "-5.000000e-01"sv}, // %e
    {-0x1.0000000000000p-1, 'e', 0, 12, -1, "-5.000000e-01"sv}, // %12e
    {-0x1.0000000000000p-1, 'e', 0, 0, 3, "-5.000e-01"sv}, // %.3e
    {-0x1.0000000000000p-1, 'e', 0, 15, 2, "      -5.00e-01"sv}, // %15.2e
    {-0x1.0000000000000p-1, 'e', 0, 0, 0, "-5e-01"sv}, // %.0e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_LEFT, 0, -1, "-5.000000e-01"sv}, // %-e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_LEFT, 12, -1, "-5.000000e-01"sv}, // %-12e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_LEFT, 0, 3, "-5.000e-01"sv}, // %-.3e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_LEFT, 15, 2, "-5.00e-01      "sv}, // %-15.2e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_LEFT, 0, 0, "-5e-01"sv}, // %-.0e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_PLUS, 0, -1, "-5.000000e-01"sv}, // %+e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_PLUS, 12, -1, "-5.000000e-01"sv}, // %+12e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_PLUS, 0, 3, "-5.000e-01"sv}, // %+.3e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_PLUS, 15, 2, "      -5.00e-01"sv}, // %+15.2e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_PLUS, 0, 0, "-5e-01"sv}, // %+.0e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_SPACE, 0, -1, "-5.000000e-01"sv}, // % e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_SPACE, 12, -1, "-5.000000e-01"sv}, // % 12e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_SPACE, 0, 3, "-5.000e-01"sv}, // % .3e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_SPACE, 15, 2, "      -5.00e-01"sv}, // % 15.2e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_SPACE, 0, 0, "-5e-01"sv}, // % .0e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_ZERO, 0, -1, "-5.000000e-01"sv}, // %0e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_ZERO, 12, -1, "-5.000000e-01"sv}, // %012e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_ZERO, 0, 3, "-5.000e-01"sv}, // %0.3e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_ZERO, 15, 2, "-0000005.00e-01"sv}, // %015.2e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_ZERO, 0, 0, "-5e-01"sv}, // %0.0e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_ALT, 0, -1, "-5.000000e-01"sv}, // %#e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_ALT, 12, -1, "-5.000000e-01"sv}, // %#12e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_ALT, 0, 3, "-5.000e-01"sv}, // %#.3e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_ALT, 15, 2, "      -5.00e-01"sv}, // %#15.2e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_ALT, 0, 0, "-5.e-01"sv}, // %#.0e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5.000000e-01"sv}, // %+0e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-5.000000e-01"sv}, // %+012e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-5.000e-01"sv}, // %+0.3e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-0000005.00e-01"sv}, // %+015.2e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5e-01"sv}, // %+0.0e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-5.000000e-01"sv}, // %-#e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-5.000000e-01"sv}, // %-#12e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-5.000e-01"sv}, // %-#.3e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-5.00e-01      "sv}, // %-#15.2e
    {-0x1.0000000000000p-1, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-5.e-01"sv}, // %-#.0e
    {-0x1.0000000000000p-1, 'E', 0, 0, -1, "-5.000000E-01"sv}, // %E
    {-0x1.0000000000000p-1, 'E', 0, 12, -1, "-5.000000E-01"sv}, // %12E
    {-0x1.0000000000000p-1, 'E', 0, 0, 3, "-5.000E-01"sv}, // %.3E
    {-0x1.0000000000000p-1, 'E', 0, 15, 2, "      -5.00E-01"sv}, // %15.2E
    {-0x1.0000000000000p-1, 'E', 0, 0, 0, "-5E-01"sv}, // %.0E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_LEFT, 0, -1, "-5.000000E-01"sv}, // %-E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_LEFT, 12, -1, "-5.000000E-01"sv}, // %-12E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_LEFT, 0, 3, "-5.000E-01"sv}, // %-.3E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_LEFT, 15, 2, "-5.00E-01      "sv}, // %-15.2E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_LEFT, 0, 0, "-5E-01"sv}, // %-.0E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_PLUS, 0, -1, "-5.000000E-01"sv}, // %+E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_PLUS, 12, -1, "-5.000000E-01"sv}, // %+12E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_PLUS, 0, 3, "-5.000E-01"sv}, // %+.3E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_PLUS, 15, 2, "      -5.00E-01"sv}, // %+15.2E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_PLUS, 0, 0, "-5E-01"sv}, // %+.0E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_SPACE, 0, -1, "-5.000000E-01"sv}, // % E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_SPACE, 12, -1, "-5.000000E-01"sv}, // % 12E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_SPACE, 0, 3, "-5.000E-01"sv}, // % .3E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_SPACE, 15, 2, "      -5.00E-01"sv}, // % 15.2E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_SPACE, 0, 0, "-5E-01"sv}, // % .0E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_ZERO, 0, -1, "-5.000000E-01"sv}, // %0E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_ZERO, 12, -1, "-5.000000E-01"sv}, // %012E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_ZERO, 0, 3, "-5.000E-01"sv}, // %0.3E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_ZERO, 15, 2, "-0000005.00E-01"sv}, // %015.2E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_ZERO, 0, 0, "-5E-01"sv}, // %0.0E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_ALT, 0, -1, "-5.000000E-01"sv}, // %#E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_ALT, 12, -1, "-5.000000E-01"sv}, // %#12E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_ALT, 0, 3, "-5.000E-01"sv}, // %#.3E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_ALT, 15, 2, "      -5.00E-01"sv}, // %#15.2E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_ALT, 0, 0, "-5.E-01"sv}, // %#.0E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-5.000000E-01"sv}, // %+0E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-5.000000E-01"sv}, // %+012E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-5.000E-01"sv}, // %+0.3E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-0000005.00E-01"sv}, // %+015.2E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-5E-01"sv}, // %+0.0E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-5.000000E-01"sv}, // %-#E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-5.000000E-01"sv}, // %-#12E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-5.000E-01"sv}, // %-#.3E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-5.00E-01      "sv}, // %-#15.2E
    {-0x1.0000000000000p-1, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-5.E-01"sv}, // %-#.0E
    {-0x1.0000000000000p-1, 'f', 0, 0, -1, "-0.500000"sv}, // %f
    {-0x1.0000000000000p-1, 'f', 0, 12, -1, "   -0.500000"sv}, // %12f
    {-0x1.0000000000000p-1, 'f', 0, 0, 3, "-0.500"sv}, // %.3f
    {-0x1.0000000000000p-1, 'f', 0, 15, 2, "          -0.50"sv}, // %15.2f
    {-0x1.0000000000000p-1, 'f', 0, 0, 0, "-0"sv}, // %.0f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_LEFT, 0, -1, "-0.500000"sv}, // %-f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_LEFT, 12, -1, "-0.500000   "sv}, // %-12f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_LEFT, 0, 3, "-0.500"sv}, // %-.3f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_LEFT, 15, 2, "-0.50          "sv}, // %-15.2f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_LEFT, 0, 0, "-0"sv}, // %-.0f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_PLUS, 0, -1, "-0.500000"sv}, // %+f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_PLUS, 12, -1, "   -0.500000"sv}, // %+12f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_PLUS, 0, 3, "-0.500"sv}, // %+.3f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_PLUS, 15, 2, "          -0.50"sv}, // %+15.2f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_PLUS, 0, 0, "-0"sv}, // %+.0f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_SPACE, 0, -1, "-0.500000"sv}, // % f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_SPACE, 12, -1, "   -0.500000"sv}, // % 12f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_SPACE, 0, 3, "-0.500"sv}, // % .3f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_SPACE, 15, 2, "          -0.50"sv}, // % 15.2f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_SPACE, 0, 0, "-0"sv}, // % .0f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_ZERO, 0, -1, "-0.500000"sv}, // %0f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_ZERO, 12, -1, "-0000.500000"sv}, // %012f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_ZERO, 0, 3, "-0.500"sv}, // %0.3f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_ZERO, 15, 2, "-00000000000.50"sv}, // %015.2f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_ZERO, 0, 0, "-0"sv}, // %0.0f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_ALT, 0, -1, "-0.500000"sv}, // %#f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_ALT, 12, -1, "   -0.500000"sv}, // %#12f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_ALT, 0, 3, "-0.500"sv}, // %#.3f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_ALT, 15, 2, "          -0.50"sv}, // %#15.2f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_ALT, 0, 0, "-0."sv}, // %#.0f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.500000"sv}, // %+0f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-0000.500000"sv}, // %+012f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0.500"sv}, // %+0.3f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000.50"sv}, // %+015.2f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-0"sv}, // %+0.0f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.500000"sv}, // %-#f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.500000   "sv}, // %-#12f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0.500"sv}, // %-#.3f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0.50          "sv}, // %-#15.2f
    {-0x1.0000000000000p-1, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0."sv}, // %-#.0f
    {-0x1.0000000000000p-1, 'F', 0, 0, -1, "-0.500000"sv}, // %F
    {-0x1.0000000000000p-1, 'F', 0, 12, -1, "   -0.500000"sv}, // %12F
    {-0x1.0000000000000p-1, 'F', 0, 0, 3, "-0.500"sv}, // %.3F
    {-0x1.0000000000000p-1, 'F', 0, 15, 2, "          -0.50"sv}, // %15.2F
    {-0x1.0000000000000p-1, 'F', 0, 0, 0, "-0"sv}, // %.0F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_LEFT, 0, -1, "-0.500000"sv}, // %-F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_LEFT, 12, -1, "-0.500000   "sv}, // %-12F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_LEFT, 0, 3, "-0.500"sv}, // %-.3F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_LEFT, 15, 2, "-0.50          "sv}, // %-15.2F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_LEFT, 0, 0, "-0"sv}, // %-.0F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_PLUS, 0, -1, "-0.500000"sv}, // %+F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_PLUS, 12, -1, "   -0.500000"sv}, // %+12F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_PLUS, 0, 3, "-0.500"sv}, // %+.3F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_PLUS, 15, 2, "          -0.50"sv}, // %+15.2F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_PLUS, 0, 0, "-0"sv}, // %+.0F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_SPACE, 0, -1, "-0.500000"sv}, // % F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_SPACE, 12, -1, "   -0.500000"sv}, // % 12F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_SPACE, 0, 3, "-0.500"sv}, // % .3F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_SPACE, 15, 2, "          -0.50"sv}, // % 15.2F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_SPACE, 0, 0, "-0"sv}, // % .0F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_ZERO, 0, -1, "-0.500000"sv}, // %0F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_ZERO, 12, -1, "-0000.500000"sv}, // %012F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_ZERO, 0, 3, "-0.500"sv}, // %0.3F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_ZERO, 15, 2, "-00000000000.50"sv}, // %015.2F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_ZERO, 0, 0, "-0"sv}, // %0.0F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_ALT, 0, -1, "-0.500000"sv}, // %#F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_ALT, 12, -1, "   -0.500000"sv}, // %#12F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_ALT, 0, 3, "-0.500"sv}, // %#.3F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_ALT, 15, 2, "          -0.50"sv}, // %#15.2F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_ALT, 0, 0, "-0."sv}, // %#.0F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.500000"sv}, // %+0F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-0000.500000"sv}, // %+012F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0.500"sv}, // %+0.3F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-00000000000.50"sv}, // %+015.2F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-0"sv}, // %+0.0F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.500000"sv}, // %-#F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.500000   "sv}, // %-#12F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0.500"sv}, // %-#.3F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0.50          "sv}, // %-#15.2F
    {-0x1.0000000000000p-1, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0."sv}, // %-#.0F
    {-0x1.0000000000000p-1, 'g', 0, 0, -1, "-0.5"sv}, // %g
    {-0x1.0000000000000p-1, 'g', 0, 12, -1, "        -0.5"sv}, // %12g
    {-0x1.0000000000000p-1, 'g', 0, 0, 3, "-0.5"sv}, // %.3g
    {-0x1.0000000000000p-1, 'g', 0, 15, 2, "           -0.5"sv}, // %15.2g
    {-0x1.0000000000000p-1, 'g', 0, 0, 0, "-0.5"sv}, // %.0g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_LEFT, 0, -1, "-0.5"sv}, // %-g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_LEFT, 12, -1, "-0.5        "sv}, // %-12g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_LEFT, 0, 3, "-0.5"sv}, // %-.3g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_LEFT, 15, 2, "-0.5           "sv}, // %-15.2g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_LEFT, 0, 0, "-0.5"sv}, // %-.0g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_PLUS, 0, -1, "-0.5"sv}, // %+g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_PLUS, 12, -1, "        -0.5"sv}, // %+12g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_PLUS, 0, 3, "-0.5"sv}, // %+.3g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_PLUS, 15, 2, "           -0.5"sv}, // %+15.2g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_PLUS, 0, 0, "-0.5"sv}, // %+.0g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_SPACE, 0, -1, "-0.5"sv}, // % g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_SPACE, 12, -1, "        -0.5"sv}, // % 12g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_SPACE, 0, 3, "-0.5"sv}, // % .3g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_SPACE, 15, 2, "           -0.5"sv}, // % 15.2g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_SPACE, 0, 0, "-0.5"sv}, // % .0g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_ZERO, 0, -1, "-0.5"sv}, // %0g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_ZERO, 12, -1, "-000000000.5"sv}, // %012g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_ZERO, 0, 3, "-0.5"sv}, // %0.3g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_ZERO, 15, 2, "-000000000000.5"sv}, // %015.2g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_ZERO, 0, 0, "-0.5"sv}, // %0.0g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_ALT, 0, -1, "-0.500000"sv}, // %#g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_ALT, 12, -1, "   -0.500000"sv}, // %#12g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_ALT, 0, 3, "-0.500"sv}, // %#.3g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_ALT, 15, 2, "          -0.50"sv}, // %#15.2g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_ALT, 0, 0, "-0.5"sv}, // %#.0g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.5"sv}, // %+0g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-000000000.5"sv}, // %+012g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0.5"sv}, // %+0.3g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-000000000000.5"sv}, // %+015.2g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-0.5"sv}, // %+0.0g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.500000"sv}, // %-#g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.500000   "sv}, // %-#12g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0.500"sv}, // %-#.3g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0.50          "sv}, // %-#15.2g
    {-0x1.0000000000000p-1, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0.5"sv}, // %-#.0g
    {-0x1.0000000000000p-1, 'G', 0, 0, -1, "-0.5"sv}, // %G
    {-0x1.0000000000000p-1, 'G', 0, 12, -1, "        -0.5"sv}, // %12G
    {-0x1.0000000000000p-1, 'G', 0, 0, 3, "-0.5"sv}, // %.3G
    {-0x1.0000000000000p-1, 'G', 0, 15, 2, "           -0.5"sv}, // %15.2G
    {-0x1.0000000000000p-1, 'G', 0, 0, 0, "-0.5"sv}, // %.0G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_LEFT, 0, -1, "-0.5"sv}, // %-G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_LEFT, 12, -1, "-0.5        "sv}, // %-12G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_LEFT, 0, 3, "-0.5"sv}, // %-.3G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_LEFT, 15, 2, "-0.5           "sv}, // %-15.2G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_LEFT, 0, 0, "-0.5"sv}, // %-.0G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_PLUS, 0, -1, "-0.5"sv}, // %+G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_PLUS, 12, -1, "        -0.5"sv}, // %+12G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_PLUS, 0, 3, "-0.5"sv}, // %+.3G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_PLUS, 15, 2, "           -0.5"sv}, // %+15.2G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_PLUS, 0, 0, "-0.5"sv}, // %+.0G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_SPACE, 0, -1, "-0.5"sv}, // % G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_SPACE, 12, -1, "        -0.5"sv}, // % 12G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_SPACE, 0, 3, "-0.5"sv}, // % .3G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_SPACE, 15, 2, "           -0.5"sv}, // % 15.2G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_SPACE, 0, 0, "-0.5"sv}, // % .0G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_ZERO, 0, -1, "-0.5"sv}, // %0G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_ZERO, 12, -1, "-000000000.5"sv}, // %012G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_ZERO, 0, 3, "-0.5"sv}, // %0.3G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_ZERO, 15, 2, "-000000000000.5"sv}, // %015.2G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_ZERO, 0, 0, "-0.5"sv}, // %0.0G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_ALT, 0, -1, "-0.500000"sv}, // %#G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_ALT, 12, -1, "   -0.500000"sv}, // %#12G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_ALT, 0, 3, "-0.500"sv}, // %#.3G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_ALT, 15, 2, "          -0.50"sv}, // %#15.2G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_ALT, 0, 0, "-0.5"sv}, // %#.0G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.5"sv}, // %+0G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "-000000000.5"sv}, // %+012G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0.5"sv}, // %+0.3G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "-000000000000.5"sv}, // %+015.2G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "-0.5"sv}, // %+0.0G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.500000"sv}, // %-#G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.500000   "sv}, // %-#12G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0.500"sv}, // %-#.3G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0.50          "sv}, // %-#15.2G
    {-0x1.0000000000000p-1, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "-0.5"sv}, // %-#.0G
    {-0x1.0000000000000p-1, 's', 0, 0, -1, "-0.5"sv}, // %s
    {-0x1.0000000000000p-1, 's', 0, 12, -1, "        -0.5"sv}, // %12s
    {-0x1.0000000000000p-1, 's', 0, 0, 3, "-0."sv}, // %.3s
    {-0x1.0000000000000p-1, 's', 0, 15, 2, "             -0"sv}, // %15.2s
    {-0x1.0000000000000p-1, 's', 0, 0, 0, ""sv}, // %.0s
    {-0x1.0000000000000p-1, 's', RPY_FMT_LEFT, 0, -1, "-0.5"sv}, // %-s
    {-0x1.0000000000000p-1, 's', RPY_FMT_LEFT, 12, -1, "-0.5        "sv}, // %-12s
    {-0x1.0000000000000p-1, 's', RPY_FMT_LEFT, 0, 3, "-0."sv}, // %-.3s
    {-0x1.0000000000000p-1, 's', RPY_FMT_LEFT, 15, 2, "-0             "sv}, // %-15.2s
    {-0x1.0000000000000p-1, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {-0x1.0000000000000p-1, 's', RPY_FMT_PLUS, 0, -1, "-0.5"sv}, // %+s
    {-0x1.0000000000000p-1, 's', RPY_FMT_PLUS, 12, -1, "        -0.5"sv}, // %+12s
    {-0x1.0000000000000p-1, 's', RPY_FMT_PLUS, 0, 3, "-0."sv}, // %+.3s
    {-0x1.0000000000000p-1, 's', RPY_FMT_PLUS, 15, 2, "             -0"sv}, // %+15.2s
    {-0x1.0000000000000p-1, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {-0x1.0000000000000p-1, 's', RPY_FMT_SPACE, 0, -1, "-0.5"sv}, // % s
    {-0x1.0000000000000p-1, 's', RPY_FMT_SPACE, 12, -1, "        -0.5"sv}, // % 12s
    {-0x1.0000000000000p-1, 's', RPY_FMT_SPACE, 0, 3, "-0."sv}, // % .3s
    {-0x1.0000000000000p-1, 's', RPY_FMT_SPACE, 15, 2, "             -0"sv}, // % 15.2s
    {-0x1.0000000000000p-1, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {-0x1.0000000000000p-1, 's', RPY_FMT_ZERO, 0, -1, "-0.5"sv}, // %0s
    {-0x1.0000000000000p-1, 's', RPY_FMT_ZERO, 12, -1, "        -0.5"sv}, // %012s
    {-0x1.0000000000000p-1, 's', RPY_FMT_ZERO, 0, 3, "-0."sv}, // %0.3s
    {-0x1.0000000000000p-1, 's', RPY_FMT_ZERO, 15, 2, "             -0"sv}, // %015.2s
    {-0x1.0000000000000p-1, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {-0x1.0000000000000p-1, 's', RPY_FMT_ALT, 0, -1, "-0.5"sv}, // %#s
    {-0x1.0000000000000p-1, 's', RPY_FMT_ALT, 12, -1, "        -0.5"sv}, // %#12s
    {-0x1.0000000000000p-1, 's', RPY_FMT_ALT, 0, 3, "-0."sv}, // %#.3s
    {-0x1.0000000000000p-1, 's', RPY_FMT_ALT, 15, 2, "             -0"sv}, // %#15.2s
    {-0x1.0000000000000p-1, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {-0x1.0000000000000p-1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.5"sv}, // %+0s
    {-0x1.0000000000000p-1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "        -0.5"sv}, // %+012s
    {-0x1.0000000000000p-1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0."sv}, // %+0.3s
    {-0x1.0000000000000p-1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             -0"sv}, // %+015.2s
    {-0x1.0000000000000p-1, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {-0x1.0000000000000p-1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.5"sv}, // %-#s
    {-0x1.0000000000000p-1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.5        "sv}, // %-#12s
    {-0x1.0000000000000p-1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0."sv}, // %-#.3s
    {-0x1.0000000000000p-1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0             "sv}, // %-#15.2s
    {-0x1.0000000000000p-1, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {-0x1.0000000000000p-1, 'r', 0, 0, -1, "-0.5"sv}, // %r
    {-0x1.0000000000000p-1, 'r', 0, 12, -1, "        -0.5"sv}, // %12r
    {-0x1.0000000000000p-1, 'r', 0, 0, 3, "-0."sv}, // %.3r
    {-0x1.0000000000000p-1, 'r', 0, 15, 2, "             -0"sv}, // %15.2r
    {-0x1.0000000000000p-1, 'r', 0, 0, 0, ""sv}, // %.0r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_LEFT, 0, -1, "-0.5"sv}, // %-r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_LEFT, 12, -1, "-0.5        "sv}, // %-12r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_LEFT, 0, 3, "-0."sv}, // %-.3r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_LEFT, 15, 2, "-0             "sv}, // %-15.2r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_PLUS, 0, -1, "-0.5"sv}, // %+r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_PLUS, 12, -1, "        -0.5"sv}, // %+12r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_PLUS, 0, 3, "-0."sv}, // %+.3r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_PLUS, 15, 2, "             -0"sv}, // %+15.2r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_SPACE, 0, -1, "-0.5"sv}, // % r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_SPACE, 12, -1, "        -0.5"sv}, // % 12r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_SPACE, 0, 3, "-0."sv}, // % .3r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_SPACE, 15, 2, "             -0"sv}, // % 15.2r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_ZERO, 0, -1, "-0.5"sv}, // %0r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_ZERO, 12, -1, "        -0.5"sv}, // %012r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_ZERO, 0, 3, "-0."sv}, // %0.3r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_ZERO, 15, 2, "             -0"sv}, // %015.2r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_ALT, 0, -1, "-0.5"sv}, // %#r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_ALT, 12, -1, "        -0.5"sv}, // %#12r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_ALT, 0, 3, "-0."sv}, // %#.3r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_ALT, 15, 2, "             -0"sv}, // %#15.2r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "-0.5"sv}, // %+0r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "        -0.5"sv}, // %+012r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "-0."sv}, // %+0.3r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             -0"sv}, // %+015.2r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "-0.5"sv}, // %-#r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "-0.5        "sv}, // %-#12r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "-0."sv}, // %-#.3r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "-0             "sv}, // %-#15.2r
    {-0x1.0000000000000p-1, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {-0x1.0000000000000p-1, 'd', 0, 0, -1, "0"sv}, // %d
    {-0x1.0000000000000p-1, 'd', 0, 12, -1, "           0"sv}, // %12d
    {-0x1.0000000000000p-1, 'd', 0, 0, 3, "000"sv}, // %.3d
    {-0x1.0000000000000p-1, 'd', 0, 15, 2, "             00"sv}, // %15.2d
    {-0x1.0000000000000p-1, 'd', 0, 0, 0, "0"sv}, // %.0d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_LEFT, 0, -1, "0"sv}, // %-d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_LEFT, 12, -1, "0           "sv}, // %-12d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_LEFT, 0, 3, "000"sv}, // %-.3d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_LEFT, 15, 2, "00             "sv}, // %-15.2d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_LEFT, 0, 0, "0"sv}, // %-.0d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_PLUS, 0, -1, "+0"sv}, // %+d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_PLUS, 12, -1, "          +0"sv}, // %+12d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_PLUS, 0, 3, "+000"sv}, // %+.3d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_PLUS, 15, 2, "            +00"sv}, // %+15.2d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_PLUS, 0, 0, "+0"sv}, // %+.0d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_SPACE, 0, -1, " 0"sv}, // % d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_SPACE, 12, -1, "           0"sv}, // % 12d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_SPACE, 0, 3, " 000"sv}, // % .3d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_SPACE, 15, 2, "             00"sv}, // % 15.2d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_SPACE, 0, 0, " 0"sv}, // % .0d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_ZERO, 0, -1, "0"sv}, // %0d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_ZERO, 12, -1, "000000000000"sv}, // %012d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_ZERO, 0, 3, "000"sv}, // %0.3d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_ZERO, 15, 2, "000000000000000"sv}, // %015.2d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_ZERO, 0, 0, "0"sv}, // %0.0d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_ALT, 0, -1, "0"sv}, // %#d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_ALT, 12, -1, "           0"sv}, // %#12d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_ALT, 0, 3, "000"sv}, // %#.3d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_ALT, 15, 2, "             00"sv}, // %#15.2d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_ALT, 0, 0, "0"sv}, // %#.0d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+0"sv}, // %+0d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+00000000000"sv}, // %+012d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+000"sv}, // %+0.3d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+00000000000000"sv}, // %+015.2d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+0"sv}, // %+0.0d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "0"sv}, // %-#d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "0           "sv}, // %-#12d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "000"sv}, // %-#.3d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "00             "sv}, // %-#15.2d
    {-0x1.0000000000000p-1, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "0"sv}, // %-#.0d
    {0x1.ddd4baa009303p+997, 'e', 0, 0, -1, "2.500000e+300"sv}, // %e
    {0x1.ddd4baa009303p+997, 'e', 0, 12, -1, "2.500000e+300"sv}, // %12e
    {0x1.ddd4baa009303p+997, 'e', 0, 0, 3, "2.500e+300"sv}, // %.3e
    {0x1.ddd4baa009303p+997, 'e', 0, 15, 2, "      2.50e+300"sv}, // %15.2e
    {0x1.ddd4baa009303p+997, 'e', 0, 0, 0, "3e+300"sv}, // %.0e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_LEFT, 0, -1, "2.500000e+300"sv}, // %-e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_LEFT, 12, -1, "2.500000e+300"sv}, // %-12e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_LEFT, 0, 3, "2.500e+300"sv}, // %-.3e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_LEFT, 15, 2, "2.50e+300      "sv}, // %-15.2e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_LEFT, 0, 0, "3e+300"sv}, // %-.0e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_PLUS, 0, -1, "+2.500000e+300"sv}, // %+e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_PLUS, 12, -1, "+2.500000e+300"sv}, // %+12e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_PLUS, 0, 3, "+2.500e+300"sv}, // %+.3e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_PLUS, 15, 2, "     +2.50e+300"sv}, // %+15.2e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_PLUS, 0, 0, "+3e+300"sv}, // %+.0e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_SPACE, 0, -1, " 2.500000e+300"sv}, // % e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_SPACE, 12, -1, " 2.500000e+300"sv}, // % 12e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_SPACE, 0, 3, " 2.500e+300"sv}, // % .3e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_SPACE, 15, 2, "      2.50e+300"sv}, // % 15.2e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_SPACE, 0, 0, " 3e+300"sv}, // % .0e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_ZERO, 0, -1, "2.500000e+300"sv}, // %0e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_ZERO, 12, -1, "2.500000e+300"sv}, // %012e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_ZERO, 0, 3, "2.500e+300"sv}, // %0.3e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_ZERO, 15, 2, "0000002.50e+300"sv}, // %015.2e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_ZERO, 0, 0, "3e+300"sv}, // %0.0e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_ALT, 0, -1, "2.500000e+300"sv}, // %#e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_ALT, 12, -1, "2.500000e+300"sv}, // %#12e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_ALT, 0, 3, "2.500e+300"sv}, // %#.3e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_ALT, 15, 2, "      2.50e+300"sv}, // %#15.2e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_ALT, 0, 0, "3.e+300"sv}, // %#.0e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+2.500000e+300"sv}, // %+0e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+2.500000e+300"sv}, // %+012e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+2.500e+300"sv}, // %+0.3e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+000002.50e+300"sv}, // %+015.2e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3e+300"sv}, // %+0.0e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "2.500000e+300"sv}, // %-#e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "2.500000e+300"sv}, // %-#12e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "2.500e+300"sv}, // %-#.3e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "2.50e+300      "sv}, // %-#15.2e
    {0x1.ddd4baa009303p+997, 'e', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3.e+300"sv}, // %-#.0e
    {0x1.ddd4baa009303p+997, 'E', 0, 0, -1, "2.500000E+300"sv}, // %E
    {0x1.ddd4baa009303p+997, 'E', 0, 12, -1, "2.500000E+300"sv}, // %12E
    {0x1.ddd4baa009303p+997, 'E', 0, 0, 3, "2.500E+300"sv}, // %.3E
    {0x1.ddd4baa009303p+997, 'E', 0, 15, 2, "      2.50E+300"sv}, // %15.2E
    {0x1.ddd4baa009303p+997, 'E', 0, 0, 0, "3E+300"sv}, // %.0E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_LEFT, 0, -1, "2.500000E+300"sv}, // %-E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_LEFT, 12, -1, "2.500000E+300"sv}, // %-12E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_LEFT, 0, 3, "2.500E+300"sv}, // %-.3E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_LEFT, 15, 2, "2.50E+300      "sv}, // %-15.2E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_LEFT, 0, 0, "3E+300"sv}, // %-.0E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_PLUS, 0, -1, "+2.500000E+300"sv}, // %+E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_PLUS, 12, -1, "+2.500000E+300"sv}, // %+12E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_PLUS, 0, 3, "+2.500E+300"sv}, // %+.3E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_PLUS, 15, 2, "     +2.50E+300"sv}, // %+15.2E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_PLUS, 0, 0, "+3E+300"sv}, // %+.0E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_SPACE, 0, -1, " 2.500000E+300"sv}, // % E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_SPACE, 12, -1, " 2.500000E+300"sv}, // % 12E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_SPACE, 0, 3, " 2.500E+300"sv}, // % .3E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_SPACE, 15, 2, "      2.50E+300"sv}, // % 15.2E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_SPACE, 0, 0, " 3E+300"sv}, // % .0E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_ZERO, 0, -1, "2.500000E+300"sv}, // %0E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_ZERO, 12, -1, "2.500000E+300"sv}, // %012E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_ZERO, 0, 3, "2.500E+300"sv}, // %0.3E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_ZERO, 15, 2, "0000002.50E+300"sv}, // %015.2E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_ZERO, 0, 0, "3E+300"sv}, // %0.0E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_ALT, 0, -1, "2.500000E+300"sv}, // %#E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_ALT, 12, -1, "2.500000E+300"sv}, // %#12E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_ALT, 0, 3, "2.500E+300"sv}, // %#.3E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_ALT, 15, 2, "      2.50E+300"sv}, // %#15.2E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_ALT, 0, 0, "3.E+300"sv}, // %#.0E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+2.500000E+300"sv}, // %+0E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+2.500000E+300"sv}, // %+012E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+2.500E+300"sv}, // %+0.3E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+000002.50E+300"sv}, // %+015.2E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3E+300"sv}, // %+0.0E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "2.500000E+300"sv}, // %-#E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "2.500000E+300"sv}, // %-#12E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "2.500E+300"sv}, // %-#.3E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "2.50E+300      "sv}, // %-#15.2E
    {0x1.ddd4baa009303p+997, 'E', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3.E+300"sv}, // %-#.0E
    {0x1.ddd4baa009303p+997, 'f', 0, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %f
    {0x1.ddd4baa009303p+997, 'f', 0, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %12f
    {0x1.ddd4baa009303p+997, 'f', 0, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %.3f
    {0x1.ddd4baa009303p+997, 'f', 0, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %15.2f
    {0x1.ddd4baa009303p+997, 'f', 0, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %.0f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_LEFT, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %-f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_LEFT, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %-12f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_LEFT, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %-.3f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_LEFT, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %-15.2f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_LEFT, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-.0f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_PLUS, 0, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %+f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_PLUS, 12, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %+12f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_PLUS, 0, 3, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %+.3f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_PLUS, 15, 2, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %+15.2f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_PLUS, 0, 0, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+.0f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_SPACE, 0, -1, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // % f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_SPACE, 12, -1, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // % 12f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_SPACE, 0, 3, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // % .3f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_SPACE, 15, 2, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // % 15.2f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_SPACE, 0, 0, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // % .0f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_ZERO, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %0f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_ZERO, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %012f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_ZERO, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %0.3f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_ZERO, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %015.2f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_ZERO, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %0.0f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_ALT, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %#f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_ALT, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %#12f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_ALT, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %#.3f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_ALT, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %#15.2f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_ALT, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400."sv}, // %#.0f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %+0f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %+012f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %+0.3f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %+015.2f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+0.0f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %-#f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %-#12f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %-#.3f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %-#15.2f
    {0x1.ddd4baa009303p+997, 'f', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400."sv}, // %-#.0f
    {0x1.ddd4baa009303p+997, 'F', 0, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %F
    {0x1.ddd4baa009303p+997, 'F', 0, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %12F
    {0x1.ddd4baa009303p+997, 'F', 0, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %.3F
    {0x1.ddd4baa009303p+997, 'F', 0, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %15.2F
    {0x1.ddd4baa009303p+997, 'F', 0, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %.0F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_LEFT, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %-F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_LEFT, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %-12F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_LEFT, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %-.3F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_LEFT, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %-15.2F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_LEFT, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-.0F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_PLUS, 0, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %+F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_PLUS, 12, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %+12F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_PLUS, 0, 3, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %+.3F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_PLUS, 15, 2, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %+15.2F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_PLUS, 0, 0, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+.0F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_SPACE, 0, -1, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // % F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_SPACE, 12, -1, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // % 12F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_SPACE, 0, 3, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // % .3F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_SPACE, 15, 2, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // % 15.2F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_SPACE, 0, 0, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // % .0F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_ZERO, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %0F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_ZERO, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %012F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_ZERO, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %0.3F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_ZERO, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %015.2F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_ZERO, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %0.0F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_ALT, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %#F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_ALT, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %#12F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_ALT, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %#.3F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_ALT, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %#15.2F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_ALT, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400."sv}, // %#.0F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %+0F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %+012F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %+0.3F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %+015.2F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+0.0F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %-#F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000000"sv}, // %-#12F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.000"sv}, // %-#.3F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400.00"sv}, // %-#15.2F
    {0x1.ddd4baa009303p+997, 'F', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400."sv}, // %-#.0F
    {0x1.ddd4baa009303p+997, 'g', 0, 0, -1, "2.5e+300"sv}, // %g
    {0x1.ddd4baa009303p+997, 'g', 0, 12, -1, "    2.5e+300"sv}, // %12g
    {0x1.ddd4baa009303p+997, 'g', 0, 0, 3, "2.5e+300"sv}, // %.3g
    {0x1.ddd4baa009303p+997, 'g', 0, 15, 2, "       2.5e+300"sv}, // %15.2g
    {0x1.ddd4baa009303p+997, 'g', 0, 0, 0, "3e+300"sv}, // %.0g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_LEFT, 0, -1, "2.5e+300"sv}, // %-g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_LEFT, 12, -1, "2.5e+300    "sv}, // %-12g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_LEFT, 0, 3, "2.5e+300"sv}, // %-.3g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_LEFT, 15, 2, "2.5e+300       "sv}, // %-15.2g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_LEFT, 0, 0, "3e+300"sv}, // %-.0g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_PLUS, 0, -1, "+2.5e+300"sv}, // %+g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_PLUS, 12, -1, "   +2.5e+300"sv}, // %+12g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_PLUS, 0, 3, "+2.5e+300"sv}, // %+.3g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_PLUS, 15, 2, "      +2.5e+300"sv}, // %+15.2g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_PLUS, 0, 0, "+3e+300"sv}, // %+.0g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_SPACE, 0, -1, " 2.5e+300"sv}, // % g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_SPACE, 12, -1, "    2.5e+300"sv}, // % 12g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_SPACE, 0, 3, " 2.5e+300"sv}, // % .3g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_SPACE, 15, 2, "       2.5e+300"sv}, // % 15.2g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_SPACE, 0, 0, " 3e+300"sv}, // % .0g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_ZERO, 0, -1, "2.5e+300"sv}, // %0g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_ZERO, 12, -1, "00002.5e+300"sv}, // %012g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_ZERO, 0, 3, "2.5e+300"sv}, // %0.3g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_ZERO, 15, 2, "00000002.5e+300"sv}, // %015.2g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_ZERO, 0, 0, "3e+300"sv}, // %0.0g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_ALT, 0, -1, "2.50000e+300"sv}, // %#g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_ALT, 12, -1, "2.50000e+300"sv}, // %#12g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_ALT, 0, 3, "2.50e+300"sv}, // %#.3g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_ALT, 15, 2, "       2.5e+300"sv}, // %#15.2g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_ALT, 0, 0, "3.e+300"sv}, // %#.0g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+2.5e+300"sv}, // %+0g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0002.5e+300"sv}, // %+012g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+2.5e+300"sv}, // %+0.3g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000002.5e+300"sv}, // %+015.2g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3e+300"sv}, // %+0.0g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "2.50000e+300"sv}, // %-#g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "2.50000e+300"sv}, // %-#12g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "2.50e+300"sv}, // %-#.3g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "2.5e+300       "sv}, // %-#15.2g
    {0x1.ddd4baa009303p+997, 'g', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3.e+300"sv}, // %-#.0g
    {0x1.ddd4baa009303p+997, 'G', 0, 0, -1, "2.5E+300"sv}, // %G
    {0x1.ddd4baa009303p+997, 'G', 0, 12, -1, "    2.5E+300"sv}, // %12G
    {0x1.ddd4baa009303p+997, 'G', 0, 0, 3, "2.5E+300"sv}, // %.3G
    {0x1.ddd4baa009303p+997, 'G', 0, 15, 2, "       2.5E+300"sv}, // %15.2G
    {0x1.ddd4baa009303p+997, 'G', 0, 0, 0, "3E+300"sv}, // %.0G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_LEFT, 0, -1, "2.5E+300"sv}, // %-G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_LEFT, 12, -1, "2.5E+300    "sv}, // %-12G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_LEFT, 0, 3, "2.5E+300"sv}, // %-.3G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_LEFT, 15, 2, "2.5E+300       "sv}, // %-15.2G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_LEFT, 0, 0, "3E+300"sv}, // %-.0G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_PLUS, 0, -1, "+2.5E+300"sv}, // %+G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_PLUS, 12, -1, "   +2.5E+300"sv}, // %+12G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_PLUS, 0, 3, "+2.5E+300"sv}, // %+.3G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_PLUS, 15, 2, "      +2.5E+300"sv}, // %+15.2G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_PLUS, 0, 0, "+3E+300"sv}, // %+.0G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_SPACE, 0, -1, " 2.5E+300"sv}, // % G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_SPACE, 12, -1, "    2.5E+300"sv}, // % 12G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_SPACE, 0, 3, " 2.5E+300"sv}, // % .3G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_SPACE, 15, 2, "       2.5E+300"sv}, // % 15.2G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_SPACE, 0, 0, " 3E+300"sv}, // % .0G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_ZERO, 0, -1, "2.5E+300"sv}, // %0G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_ZERO, 12, -1, "00002.5E+300"sv}, // %012G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_ZERO, 0, 3, "2.5E+300"sv}, // %0.3G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_ZERO, 15, 2, "00000002.5E+300"sv}, // %015.2G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_ZERO, 0, 0, "3E+300"sv}, // %0.0G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_ALT, 0, -1, "2.50000E+300"sv}, // %#G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_ALT, 12, -1, "2.50000E+300"sv}, // %#12G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_ALT, 0, 3, "2.50E+300"sv}, // %#.3G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_ALT, 15, 2, "       2.5E+300"sv}, // %#15.2G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_ALT, 0, 0, "3.E+300"sv}, // %#.0G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+2.5E+300"sv}, // %+0G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+0002.5E+300"sv}, // %+012G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+2.5E+300"sv}, // %+0.3G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+0000002.5E+300"sv}, // %+015.2G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+3E+300"sv}, // %+0.0G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "2.50000E+300"sv}, // %-#G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "2.50000E+300"sv}, // %-#12G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "2.50E+300"sv}, // %-#.3G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "2.5E+300       "sv}, // %-#15.2G
    {0x1.ddd4baa009303p+997, 'G', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "3.E+300"sv}, // %-#.0G
    {0x1.ddd4baa009303p+997, 's', 0, 0, -1, "2.5e+300"sv}, // %s
    {0x1.ddd4baa009303p+997, 's', 0, 12, -1, "    2.5e+300"sv}, // %12s
    {0x1.ddd4baa009303p+997, 's', 0, 0, 3, "2.5"sv}, // %.3s
    {0x1.ddd4baa009303p+997, 's', 0, 15, 2, "             2."sv}, // %15.2s
    {0x1.ddd4baa009303p+997, 's', 0, 0, 0, ""sv}, // %.0s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_LEFT, 0, -1, "2.5e+300"sv}, // %-s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_LEFT, 12, -1, "2.5e+300    "sv}, // %-12s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_LEFT, 0, 3, "2.5"sv}, // %-.3s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_LEFT, 15, 2, "2.             "sv}, // %-15.2s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_PLUS, 0, -1, "2.5e+300"sv}, // %+s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_PLUS, 12, -1, "    2.5e+300"sv}, // %+12s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_PLUS, 0, 3, "2.5"sv}, // %+.3s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_PLUS, 15, 2, "             2."sv}, // %+15.2s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_SPACE, 0, -1, "2.5e+300"sv}, // % s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_SPACE, 12, -1, "    2.5e+300"sv}, // % 12s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_SPACE, 0, 3, "2.5"sv}, // % .3s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_SPACE, 15, 2, "             2."sv}, // % 15.2s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_ZERO, 0, -1, "2.5e+300"sv}, // %0s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_ZERO, 12, -1, "    2.5e+300"sv}, // %012s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_ZERO, 0, 3, "2.5"sv}, // %0.3s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_ZERO, 15, 2, "             2."sv}, // %015.2s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_ALT, 0, -1, "2.5e+300"sv}, // %#s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_ALT, 12, -1, "    2.5e+300"sv}, // %#12s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_ALT, 0, 3, "2.5"sv}, // %#.3s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_ALT, 15, 2, "             2."sv}, // %#15.2s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "2.5e+300"sv}, // %+0s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "    2.5e+300"sv}, // %+012s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "2.5"sv}, // %+0.3s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             2."sv}, // %+015.2s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "2.5e+300"sv}, // %-#s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "2.5e+300    "sv}, // %-#12s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "2.5"sv}, // %-#.3s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "2.             "sv}, // %-#15.2s
    {0x1.ddd4baa009303p+997, 's', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0s
    {0x1.ddd4baa009303p+997, 'r', 0, 0, -1, "2.5e+300"sv}, // %r
    {0x1.ddd4baa009303p+997, 'r', 0, 12, -1, "    2.5e+300"sv}, // %12r
    {0x1.ddd4baa009303p+997, 'r', 0, 0, 3, "2.5"sv}, // %.3r
    {0x1.ddd4baa009303p+997, 'r', 0, 15, 2, "             2."sv}, // %15.2r
    {0x1.ddd4baa009303p+997, 'r', 0, 0, 0, ""sv}, // %.0r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_LEFT, 0, -1, "2.5e+300"sv}, // %-r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_LEFT, 12, -1, "2.5e+300    "sv}, // %-12r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_LEFT, 0, 3, "2.5"sv}, // %-.3r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_LEFT, 15, 2, "2.             "sv}, // %-15.2r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_LEFT, 0, 0, ""sv}, // %-.0r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_PLUS, 0, -1, "2.5e+300"sv}, // %+r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_PLUS, 12, -1, "    2.5e+300"sv}, // %+12r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_PLUS, 0, 3, "2.5"sv}, // %+.3r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_PLUS, 15, 2, "             2."sv}, // %+15.2r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_PLUS, 0, 0, ""sv}, // %+.0r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_SPACE, 0, -1, "2.5e+300"sv}, // % r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_SPACE, 12, -1, "    2.5e+300"sv}, // % 12r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_SPACE, 0, 3, "2.5"sv}, // % .3r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_SPACE, 15, 2, "             2."sv}, // % 15.2r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_SPACE, 0, 0, ""sv}, // % .0r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_ZERO, 0, -1, "2.5e+300"sv}, // %0r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_ZERO, 12, -1, "    2.5e+300"sv}, // %012r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_ZERO, 0, 3, "2.5"sv}, // %0.3r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_ZERO, 15, 2, "             2."sv}, // %015.2r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_ZERO, 0, 0, ""sv}, // %0.0r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_ALT, 0, -1, "2.5e+300"sv}, // %#r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_ALT, 12, -1, "    2.5e+300"sv}, // %#12r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_ALT, 0, 3, "2.5"sv}, // %#.3r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_ALT, 15, 2, "             2."sv}, // %#15.2r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_ALT, 0, 0, ""sv}, // %#.0r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "2.5e+300"sv}, // %+0r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "    2.5e+300"sv}, // %+012r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "2.5"sv}, // %+0.3r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "             2."sv}, // %+015.2r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, ""sv}, // %+0.0r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "2.5e+300"sv}, // %-#r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "2.5e+300    "sv}, // %-#12r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "2.5"sv}, // %-#.3r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "2.             "sv}, // %-#15.2r
    {0x1.ddd4baa009303p+997, 'r', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, ""sv}, // %-#.0r
    {0x1.ddd4baa009303p+997, 'd', 0, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %d
    {0x1.ddd4baa009303p+997, 'd', 0, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %12d
    {0x1.ddd4baa009303p+997, 'd', 0, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %.3d
    {0x1.ddd4baa009303p+997, 'd', 0, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %15.2d
    {0x1.ddd4baa009303p+997, 'd', 0, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %.0d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_LEFT, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_LEFT, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-12d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_LEFT, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-.3d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_LEFT, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-15.2d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_LEFT, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-.0d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_PLUS, 0, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_PLUS, 12, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+12d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_PLUS, 0, 3, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+.3d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_PLUS, 15, 2, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+15.2d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_PLUS, 0, 0, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+.0d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_SPACE, 0, -1, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // % d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_SPACE, 12, -1, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // % 12d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_SPACE, 0, 3, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // % .3d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_SPACE, 15, 2, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // % 15.2d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_SPACE, 0, 0, " 2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // % .0d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_ZERO, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %0d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_ZERO, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %012d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_ZERO, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %0.3d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_ZERO, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %015.2d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_ZERO, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %0.0d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_ALT, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %#d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_ALT, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %#12d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_ALT, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %#.3d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_ALT, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %#15.2d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_ALT, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %#.0d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+0d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 12, -1, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+012d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 3, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+0.3d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 15, 2, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+015.2d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_PLUS|RPY_FMT_ZERO, 0, 0, "+2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %+0.0d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-#d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 12, -1, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-#12d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 3, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-#.3d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 15, 2, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-#15.2d
    {0x1.ddd4baa009303p+997, 'd', RPY_FMT_LEFT|RPY_FMT_ALT, 0, 0, "2500000000000000131261900638011050621761171452770397887289635288779506144972270489465928437701119660109261109582209695442356308088401076439111980461966767457120968002316439509344575584486970225148422383087426999862702797597419102200186631856950356236448146972050142107095289173680490967163648501350400"sv}, // %-#.0d
};
const FormatStrCase kFormatStr[] = {
    {""sv, 's', 0, 0, -1, ""sv}, // %s
    {""sv, 's', 0, 6, -1, "      "sv}, // %6s
    {""sv, 's', 0, 0, 2, ""sv}, // %.2s
    {""sv, 's', 0, 6, 1, "      "sv}, // %6.1s
    {""sv, 's', RPY_FMT_LEFT, 0, -1, ""sv}, // %-s
    {""sv, 's', RPY_FMT_LEFT, 6, -1, "      "sv}, // %-6s
    {""sv, 's', RPY_FMT_LEFT, 0, 2, ""sv}, // %-.2s
    {""sv, 's', RPY_FMT_LEFT, 6, 1, "      "sv}, // %-6.1s
    {""sv, 's', RPY_FMT_ZERO, 0, -1, ""sv}, // %0s
    {""sv, 's', RPY_FMT_ZERO, 6, -1, "      "sv}, // %06s
    {""sv, 's', RPY_FMT_ZERO, 0, 2, ""sv}, // %0.2s
    {""sv, 's', RPY_FMT_ZERO, 6, 1, "      "sv}, // %06.1s
    {""sv, 'r', 0, 0, -1, "''"sv}, // %r
    {""sv, 'r', 0, 6, -1, "    ''"sv}, // %6r
    {""sv, 'r', 0, 0, 2, "''"sv}, // %.2r
    {""sv, 'r', 0, 6, 1, "     '"sv}, // %6.1r
    {""sv, 'r', RPY_FMT_LEFT, 0, -1, "''"sv}, // %-r
    {""sv, 'r', RPY_FMT_LEFT, 6, -1, "''    "sv}, // %-6r
    {""sv, 'r', RPY_FMT_LEFT, 0, 2, "''"sv}, // %-.2r
    {""sv, 'r', RPY_FMT_LEFT, 6, 1, "'     "sv}, // %-6.1r
    {""sv, 'r', RPY_FMT_ZERO, 0, -1, "''"sv}, // %0r
    {""sv, 'r', RPY_FMT_ZERO, 6, -1, "    ''"sv}, // %06r
    {""sv, 'r', RPY_FMT_ZERO, 0, 2, "''"sv}, // %0.2r
    {""sv, 'r', RPY_FMT_ZERO, 6, 1, "     '"sv}, // %06.1r
    {"abc"sv, 's', 0, 0, -1, "abc"sv}, // %s
    {"abc"sv, 's', 0, 6, -1, "   abc"sv}, // %6s
    {"abc"sv, 's', 0, 0, 2, "ab"sv}, // %.2s
    {"abc"sv, 's', 0, 6, 1, "     a"sv}, // %6.1s
    {"abc"sv, 's', RPY_FMT_LEFT, 0, -1, "abc"sv}, // %-s
    {"abc"sv, 's', RPY_FMT_LEFT, 6, -1, "abc   "sv}, // %-6s
    {"abc"sv, 's', RPY_FMT_LEFT, 0, 2, "ab"sv}, // %-.2s
    {"abc"sv, 's', RPY_FMT_LEFT, 6, 1, "a     "sv}, // %-6.1s
    {"abc"sv, 's', RPY_FMT_ZERO, 0, -1, "abc"sv}, // %0s
    {"abc"sv, 's', RPY_FMT_ZERO, 6, -1, "   abc"sv}, // %06s
    {"abc"sv, 's', RPY_FMT_ZERO, 0, 2, "ab"sv}, // %0.2s
    {"abc"sv, 's', RPY_FMT_ZERO, 6, 1, "     a"sv}, // %06.1s
    {"abc"sv, 'r', 0, 0, -1, "'abc'"sv}, // %r
    {"abc"sv, 'r', 0, 6, -1, " 'abc'"sv}, // %6r
    {"abc"sv, 'r', 0, 0, 2, "'a"sv}, // %.2r
    {"abc"sv, 'r', 0, 6, 1, "     '"sv}, // %6.1r
    {"abc"sv, 'r', RPY_FMT_LEFT, 0, -1, "'abc'"sv}, // %-r
    {"abc"sv, 'r', RPY_FMT_LEFT, 6, -1, "'abc' "sv}, // %-6r
    {"abc"sv, 'r', RPY_FMT_LEFT, 0, 2, "'a"sv}, // %-.2r
    {"abc"sv, 'r', RPY_FMT_LEFT, 6, 1, "'     "sv}, // %-6.1r
    {"abc"sv, 'r', RPY_FMT_ZERO, 0, -1, "'abc'"sv}, // %0r
    {"abc"sv, 'r', RPY_FMT_ZERO, 6, -1, " 'abc'"sv}, // %06r
    {"abc"sv, 'r', RPY_FMT_ZERO, 0, 2, "'a"sv}, // %0.2r
    {"abc"sv, 'r', RPY_FMT_ZERO, 6, 1, "     '"sv}, // %06.1r
    {"it's"sv, 's', 0, 0, -1, "it's"sv}, // %s
    {"it's"sv, 's', 0, 6, -1, "  it's"sv}, // %6s
    {"it's"sv, 's', 0, 0, 2, "it"sv}, // %.2s
    {"it's"sv, 's', 0, 6, 1, "     i"sv}, // %6.1s
    {"it's"sv, 's', RPY_FMT_LEFT, 0, -1, "it's"sv}, // %-s
    {"it's"sv, 's', RPY_FMT_LEFT, 6, -1, "it's  "sv}, // %-6s
    {"it's"sv, 's', RPY_FMT_LEFT, 0, 2, "it"sv}, // %-.2s
    {"it's"sv, 's', RPY_FMT_LEFT, 6, 1, "i     "sv}, // %-6.1s
    {"it's"sv, 's', RPY_FMT_ZERO, 0, -1, "it's"sv}, // %0s
    {"it's"sv, 's', RPY_FMT_ZERO, 6, -1, "  it's"sv}, // %06s
    {"it's"sv, 's', RPY_FMT_ZERO, 0, 2, "it"sv}, // %0.2s
    {"it's"sv, 's', RPY_FMT_ZERO, 6, 1, "     i"sv}, // %06.1s
    {"it's"sv, 'r', 0, 0, -1, "\"it's\""sv}, // %r
    {"it's"sv, 'r', 0, 6, -1, "\"it's\""sv}, // %6r
    {"it's"sv, 'r', 0, 0, 2, "\"i"sv}, // %.2r
    {"it's"sv, 'r', 0, 6, 1, "     \""sv}, // %6.1r
    {"it's"sv, 'r', RPY_FMT_LEFT, 0, -1, "\"it's\""sv}, // %-r
    {"it's"sv, 'r', RPY_FMT_LEFT, 6, -1, "\"it's\""sv}, // %-6r
    {"it's"sv, 'r', RPY_FMT_LEFT, 0, 2, "\"i"sv}, // %-.2r
    {"it's"sv, 'r', RPY_FMT_LEFT, 6, 1, "\"     "sv}, // %-6.1r
    {"it's"sv, 'r', RPY_FMT_ZERO, 0, -1, "\"it's\""sv}, // %0r
    {"it's"sv, 'r', RPY_FMT_ZERO, 6, -1, "\"it's\""sv}, // %06r
    {"it's"sv, 'r', RPY_FMT_ZERO, 0, 2, "\"i"sv}, // %0.2r
    {"it's"sv, 'r', RPY_FMT_ZERO, 6, 1, "     \""sv}, // %06.1r
    {"x"sv, 's', 0, 0, -1, "x"sv}, // %s
    {"x"sv, 's', 0, 6, -1, "     x"sv}, // %6s
    {"x"sv, 's', 0, 0, 2, "x"sv}, // %.2s
    {"x"sv, 's', 0, 6, 1, "     x"sv}, // %6.1s
    {"x"sv, 's', RPY_FMT_LEFT, 0, -1, "x"sv}, // %-s
    {"x"sv, 's', RPY_FMT_LEFT, 6, -1, "x     "sv}, // %-6s
    {"x"sv, 's', RPY_FMT_LEFT, 0, 2, "x"sv}, // %-.2s
    {"x"sv, 's', RPY_FMT_LEFT, 6, 1, "x     "sv}, // %-6.1s
    {"x"sv, 's', RPY_FMT_ZERO, 0, -1, "x"sv}, // %0s
    {"x"sv, 's', RPY_FMT_ZERO, 6, -1, "     x"sv}, // %06s
    {"x"sv, 's', RPY_FMT_ZERO, 0, 2, "x"sv}, // %0.2s
    {"x"sv, 's', RPY_FMT_ZERO, 6, 1, "     x"sv}, // %06.1s
    {"x"sv, 'r', 0, 0, -1, "'x'"sv}, // %r
    {"x"sv, 'r', 0, 6, -1, "   'x'"sv}, // %6r
    {"x"sv, 'r', 0, 0, 2, "'x"sv}, // %.2r
    {"x"sv, 'r', 0, 6, 1, "     '"sv}, // %6.1r
    {"x"sv, 'r', RPY_FMT_LEFT, 0, -1, "'x'"sv}, // %-r
    {"x"sv, 'r', RPY_FMT_LEFT, 6, -1, "'x'   "sv}, // %-6r
    {"x"sv, 'r', RPY_FMT_LEFT, 0, 2, "'x"sv}, // %-.2r
    {"x"sv, 'r', RPY_FMT_LEFT, 6, 1, "'     "sv}, // %-6.1r
    {"x"sv, 'r', RPY_FMT_ZERO, 0, -1, "'x'"sv}, // %0r
    {"x"sv, 'r', RPY_FMT_ZERO, 6, -1, "   'x'"sv}, // %06r
    {"x"sv, 'r', RPY_FMT_ZERO, 0, 2, "'x"sv}, // %0.2r
    {"x"sv, 'r', RPY_FMT_ZERO, 6, 1, "     '"sv}, // %06.1r
    {"x"sv, 'c', 0, 0, -1, "x"sv}, // %c
    {"x"sv, 'c', 0, 6, -1, "     x"sv}, // %6c
    {"x"sv, 'c', 0, 0, 2, "x"sv}, // %.2c
    {"x"sv, 'c', 0, 6, 1, "     x"sv}, // %6.1c
    {"x"sv, 'c', RPY_FMT_LEFT, 0, -1, "x"sv}, // %-c
    {"x"sv, 'c', RPY_FMT_LEFT, 6, -1, "x     "sv}, // %-6c
    {"x"sv, 'c', RPY_FMT_LEFT, 0, 2, "x"sv}, // %-.2c
    {"x"sv, 'c', RPY_FMT_LEFT, 6, 1, "x     "sv}, // %-6.1c
    {"x"sv, 'c', RPY_FMT_ZERO, 0, -1, "x"sv}, // %0c
    {"x"sv, 'c', RPY_FMT_ZERO, 6, -1, "     x"sv}, // %06c
    {"x"sv, 'c', RPY_FMT_ZERO, 0, 2, "x"sv}, // %0.2c
    {"x"sv, 'c', RPY_FMT_ZERO, 6, 1, "     x"sv}, // %06.1c
    {"\xe9""\x0a"""sv, 's', 0, 0, -1, "\xe9""\x0a"""sv}, // %s
    {"\xe9""\x0a"""sv, 's', 0, 6, -1, "    \xe9""\x0a"""sv}, // %6s
    {"\xe9""\x0a"""sv, 's', 0, 0, 2, "\xe9""\x0a"""sv}, // %.2s
    {"\xe9""\x0a"""sv, 's', 0, 6, 1, "     \xe9"""sv}, // %6.1s
    {"\xe9""\x0a"""sv, 's', RPY_FMT_LEFT, 0, -1, "\xe9""\x0a"""sv}, // %-s
    {"\xe9""\x0a"""sv, 's', RPY_FMT_LEFT, 6, -1, "\xe9""\x0a""    "sv}, // %-6s
    {"\xe9""\x0a"""sv, 's', RPY_FMT_LEFT, 0, 2, "\xe9""\x0a"""sv}, // %-.2s
    {"\xe9""\x0a"""sv, 's', RPY_FMT_LEFT, 6, 1, "\xe9""     "sv}, // %-6.1s
    {"\xe9""\x0a"""sv, 's', RPY_FMT_ZERO, 0, -1, "\xe9""\x0a"""sv}, // %0s
    {"\xe9""\x0a"""sv, 's', RPY_FMT_ZERO, 6, -1, "    \xe9""\x0a"""sv}, // %06s
    {"\xe9""\x0a"""sv, 's', RPY_FMT_ZERO, 0, 2, "\xe9""\x0a"""sv}, // %0.2s
    {"\xe9""\x0a"""sv, 's', RPY_FMT_ZERO, 6, 1, "     \xe9"""sv}, // %06.1s
    {"\xe9""\x0a"""sv, 'r', 0, 0, -1, "'\xe9""\\n'"sv}, // %r
    {"\xe9""\x0a"""sv, 'r', 0, 6, -1, " '\xe9""\\n'"sv}, // %6r
    {"\xe9""\x0a"""sv, 'r', 0, 0, 2, "'\xe9"""sv}, // %.2r
    {"\xe9""\x0a"""sv, 'r', 0, 6, 1, "     '"sv}, // %6.1r
    {"\xe9""\x0a"""sv, 'r', RPY_FMT_LEFT, 0, -1, "'\xe9""\\n'"sv}, // %-r
    {"\xe9""\x0a"""sv, 'r', RPY_FMT_LEFT, 6, -1, "'\xe9""\\n' "sv}, // %-6r
    {"\xe9""\x0a"""sv, 'r', RPY_FMT_LEFT, 0, 2, "'\xe9"""sv}, // %-.2r
    {"\xe9""\x0a"""sv, 'r', RPY_FMT_LEFT, 6, 1, "'     "sv}, // %-6.1r
    {"\xe9""\x0a"""sv, 'r', RPY_FMT_ZERO, 0, -1, "'\xe9""\\n'"sv}, // %0r
    {"\xe9""\x0a"""sv, 'r', RPY_FMT_ZERO, 6, -1, " '\xe9""\\n'"sv}, // %06r
    {"\xe9""\x0a"""sv, 'r', RPY_FMT_ZERO, 0, 2, "'\xe9"""sv}, // %0.2r
    {"\xe9""\x0a"""sv, 'r', RPY_FMT_ZERO, 6, 1, "     '"sv}, // %06.1r
};
const ParseIntCase kParseInt[] = {
    {"0"sv, 10, RPY_PARSE_OK, 0LL},
    {"42"sv, 10, RPY_PARSE_OK, 42LL},
    {"  -42\x09""\x0a"""sv, 10, RPY_PARSE_OK, -42LL},
    {"+7"sv, 10, RPY_PARSE_OK, 7LL},
    {"1_000"sv, 10, RPY_PARSE_OK, 1000LL},
    {"1__0"sv, 10, RPY_PARSE_VALUE_ERROR, 0LL},
    {"_1"sv, 10, RPY_PARSE_VALUE_ERROR, 0LL},
    {"1_"sv, 10, RPY_PARSE_VALUE_ERROR, 0LL},
    {""sv, 10, RPY_PARSE_VALUE_ERROR, 0LL},
    {" "sv, 10, RPY_PARSE_VALUE_ERROR, 0LL},
    {"-"sv, 10, RPY_PARSE_VALUE_ERROR, 0LL},
    {"12a"sv, 10, RPY_PARSE_VALUE_ERROR, 0LL},
    {"9223372036854775807"sv, 10, RPY_PARSE_OK, 9223372036854775807LL},
    {"9223372036854775808"sv, 10, RPY_PARSE_OVERFLOW, 0LL},
    {"-9223372036854775808"sv, 10, RPY_PARSE_OK, INT64_MIN},
    {"-9223372036854775809"sv, 10, RPY_PARSE_OVERFLOW, 0LL},
    {"99999999999999999999999"sv, 10, RPY_PARSE_OVERFLOW, 0LL},
    {"0x1f"sv, 16, RPY_PARSE_OK, 31LL},
    {"1f"sv, 16, RPY_PARSE_OK, 31LL},
    {"0X1F"sv, 0, RPY_PARSE_OK, 31LL},
    {"0o17"sv, 0, RPY_PARSE_OK, 15LL},
    {"0b101"sv, 0, RPY_PARSE_OK, 5LL},
    {"010"sv, 0, RPY_PARSE_VALUE_ERROR, 0LL},
    {"000"sv, 0, RPY_PARSE_OK, 0LL},
    {"0_0"sv, 0, RPY_PARSE_OK, 0LL},
    {"0x_1f"sv, 0, RPY_PARSE_OK, 31LL},
    {"0x"sv, 16, RPY_PARSE_VALUE_ERROR, 0LL},
    {"z"sv, 36, RPY_PARSE_OK, 35LL},
    {"Z"sv, 36, RPY_PARSE_OK, 35LL},
    {"12"sv, 3, RPY_PARSE_OK, 5LL},
    {"13"sv, 3, RPY_PARSE_VALUE_ERROR, 0LL},
    {"0b1"sv, 16, RPY_PARSE_OK, 177LL},
    {"\xa0""1\x85"""sv, 10, RPY_PARSE_OK, 1LL},
    {"1 2"sv, 10, RPY_PARSE_VALUE_ERROR, 0LL},
    {"0x1f"sv, 10, RPY_PARSE_VALUE_ERROR, 0LL},
    {"00"sv, 10, RPY_PARSE_OK, 0LL},
    {"-0"sv, 10, RPY_PARSE_OK, 0LL},
};
const ParseFloatCase kParseFloat[] = {
    {"0"sv, RPY_PARSE_OK, 0x0.0p+0},
    {"1.5"sv, RPY_PARSE_OK, 0x1.8000000000000p+0},
    {"  -2.5e3 "sv, RPY_PARSE_OK, -0x1.3880000000000p+11},
    {".5"sv, RPY_PARSE_OK, 0x1.0000000000000p-1},
    {"5."sv, RPY_PARSE_OK, 0x1.4000000000000p+2},
    {"1e5"sv, RPY_PARSE_OK, 0x1.86a0000000000p+16},
    {"1E-5"sv, RPY_PARSE_OK, 0x1.4f8b588e368f1p-17},
    {"inf"sv, RPY_PARSE_OK, INFINITY},
    {"-Infinity"sv, RPY_PARSE_OK, -INFINITY},
    {"+INF"sv, RPY_PARSE_OK, INFINITY},
    {"nan"sv, RPY_PARSE_OK, NAN},
    {"-nan"sv, RPY_PARSE_OK, -NAN},
    {"NaN"sv, RPY_PARSE_OK, NAN},
    {"1_000.5"sv, RPY_PARSE_OK, 0x1.f440000000000p+9},
    {"1__0"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"1_.5"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"1._5"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"_1"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"1e1_0"sv, RPY_PARSE_OK, 0x1.2a05f20000000p+33},
    {"1e_1"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"."sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"e5"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"1e"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {""sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"  "sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"abc"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"0x1p3"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"1.5.5"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"1e400"sv, RPY_PARSE_OK, INFINITY},
    {"-1e400"sv, RPY_PARSE_OK, -INFINITY},
    {"4.9e-324"sv, RPY_PARSE_OK, 0x0.0000000000001p-1022},
    {"1e-400"sv, RPY_PARSE_OK, 0x0.0p+0},
    {"0.1"sv, RPY_PARSE_OK, 0x1.999999999999ap-4},
    {"3.14159265358979323846"sv, RPY_PARSE_OK, 0x1.921fb54442d18p+1},
    {"1_0e1_0"sv, RPY_PARSE_OK, 0x1.74876e8000000p+36},
    {"infinity"sv, RPY_PARSE_OK, INFINITY},
    {"infinit"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"nanx"sv, RPY_PARSE_VALUE_ERROR, 0x0.0p+0},
    {"+.5e-3"sv, RPY_PARSE_OK, 0x1.0624dd2f1a9fcp-11},
    {"\xa0""1.5\x85"""sv, RPY_PARSE_OK, 0x1.8000000000000p+0},
    {"123456789012345678901234567890"sv, RPY_PARSE_OK, 0x1.8ee90ff6c373ep+96},
};
const FloatHashCase kFloatHash[] = {
    {0x0.0p+0, 0LL},
    {-0x0.0p+0, 0LL},
    {0x1.0000000000000p+0, 1LL},
    {0x1.8000000000000p+0, 1152921504606846977LL},
    {-0x1.8000000000000p+0, -1152921504606846977LL},
    {0x1.999999999999ap-4, 230584300921369408LL},
    {0x1.249ad2594c37dp+332, 1822893315824342674LL},
    {0x1.bff2ee48e0530p-333, 1735222877707689105LL},
    {0x1.0000000000000p+61, 1LL},
    {0x1.0000000000000p+62, 2LL},
    {INFINITY, 314159LL},
    {-INFINITY, -314159LL},
    {-0x1.0000000000000p+0, -2LL},
    {0x1.91eb851eb851fp+1, 322818021289917443LL},
    {0x1.e240c9fbe76c9p+16, 1819310134279660096LL},
    {0x0.0000000000001p-1022, 16777216LL},
};
// clang-format on

rpy_string *S(std::string_view text) {
  return rpy_str_from_bytes(text.data(), (int64_t)text.size());
}

std::string bitsOf(double x) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%a", x);
  return buf;
}

class FormatTest : public ::testing::Test {
protected:
  void SetUp() override { rpy_gc_init(); }
};

TEST_F(FormatTest, FloatReprIsCPythons) {
  for (const FloatReprCase &c : kFloatRepr) {
    EXPECT_EQ(text(rpy_float_repr(c.value)), c.repr) << bitsOf(c.value);
    char buf[40];
    EXPECT_EQ(rpy_float_repr_buf(c.value, buf), (int64_t)c.repr.size());
    EXPECT_EQ(std::string(buf), c.repr);
  }
}

TEST_F(FormatTest, FloatReprRoundTrips) {
  uint64_t seed = 99;
  for (int i = 0; i < 30000; ++i) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    double x;
    std::memcpy(&x, &seed, sizeof(x));
    if (!std::isfinite(x))
      continue;
    char buf[40];
    rpy_float_repr_buf(x, buf);
    ASSERT_EQ(std::strtod(buf, nullptr), x) << buf;
  }
}

TEST_F(FormatTest, IntStrHexOctBin) {
  for (const IntCase &c : kInts) {
    EXPECT_EQ(text(rpy_int_str(c.value)), c.str);
    EXPECT_EQ(text(rpy_int_hex(c.value)), c.hex);
    EXPECT_EQ(text(rpy_int_oct(c.value)), c.oct);
    EXPECT_EQ(text(rpy_int_bin(c.value)), c.bin);
  }
}

TEST_F(FormatTest, PercentFormatOfInts) {
  for (const FormatIntCase &c : kFormatInt) {
    rpy_string *r = rpy_format_int(c.value, c.conv, c.flags, c.width, c.prec);
    ASSERT_NE(r, nullptr) << c.result;
    EXPECT_EQ(text(r), c.result)
        << c.value << " " << c.conv << " flags " << c.flags << " width "
        << c.width << " prec " << c.prec;
  }
  EXPECT_EQ(rpy_format_int(256, 'c', 0, 0, -1), nullptr);
  EXPECT_EQ(rpy_format_int(-1, 'c', 0, 0, -1), nullptr);
  EXPECT_EQ(rpy_format_int(1, 'q', 0, 0, -1), nullptr);
}

TEST_F(FormatTest, PercentFormatOfFloats) {
  for (const FormatFloatCase &c : kFormatFloat) {
    rpy_string *r = rpy_format_float(c.value, c.conv, c.flags, c.width, c.prec);
    ASSERT_NE(r, nullptr) << c.result;
    EXPECT_EQ(text(r), c.result)
        << bitsOf(c.value) << " " << c.conv << " flags " << c.flags << " width "
        << c.width << " prec " << c.prec;
  }
  EXPECT_EQ(rpy_format_float(NAN, 'd', 0, 0, -1), nullptr);
  EXPECT_EQ(rpy_format_float(INFINITY, 'd', 0, 0, -1), nullptr);
  EXPECT_EQ(rpy_format_float(1.0, 'x', 0, 0, -1), nullptr);
}

TEST_F(FormatTest, PercentFormatOfStrings) {
  for (const FormatStrCase &c : kFormatStr) {
    rpy_string *r =
        rpy_format_str(S(c.value), c.conv, c.flags, c.width, c.prec);
    ASSERT_NE(r, nullptr) << c.result;
    EXPECT_EQ(text(r), c.result)
        << c.value << " " << c.conv << " flags " << c.flags << " width "
        << c.width << " prec " << c.prec;
  }
  EXPECT_EQ(rpy_format_str(S("ab"), 'c', 0, 0, -1), nullptr);
  EXPECT_EQ(rpy_format_str(S("ab"), 'd', 0, 0, -1), nullptr);
}

TEST_F(FormatTest, IntParsing) {
  for (const ParseIntCase &c : kParseInt) {
    int64_t value = 0;
    int64_t status = rpy_str_to_int(S(c.text), c.base, &value);
    EXPECT_EQ(status, c.status) << "int('" << c.text << "', " << c.base << ")";
    if (status == RPY_PARSE_OK)
      EXPECT_EQ(value, c.value) << c.text;
  }
  int64_t value;
  EXPECT_EQ(rpy_str_to_int(nullptr, 10, &value), RPY_PARSE_VALUE_ERROR);
  EXPECT_EQ(rpy_str_to_int(S("1"), 1, &value), RPY_PARSE_VALUE_ERROR);
  EXPECT_EQ(rpy_str_to_int(S("1"), 37, &value), RPY_PARSE_VALUE_ERROR);
}

TEST_F(FormatTest, FloatParsing) {
  for (const ParseFloatCase &c : kParseFloat) {
    double value = 0;
    int64_t status = rpy_str_to_float(S(c.text), &value);
    EXPECT_EQ(status, c.status) << "float('" << c.text << "')";
    if (status != RPY_PARSE_OK)
      continue;
    if (std::isnan(c.value))
      EXPECT_TRUE(std::isnan(value)) << c.text;
    else
      EXPECT_EQ(bitsOf(value), bitsOf(c.value)) << c.text;
  }
}

TEST_F(FormatTest, FloatHashIsCPythons) {
  for (const FloatHashCase &c : kFloatHash)
    EXPECT_EQ(rpy_float_hash(c.value), c.hash) << bitsOf(c.value);
}

} // namespace
