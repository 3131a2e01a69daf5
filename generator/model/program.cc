#include "model/program.h"

namespace klynge {

int ProgramBlock::ItemMinutes() const {
  int sum = 0;
  for (const ProgramItem& item : items) sum += item.minutes.value_or(0);
  return sum;
}

int ProgramBlock::Minutes() const { return minutes ? *minutes : ItemMinutes(); }

int Program::TotalMinutes() const {
  int sum = 0;
  for (const ProgramBlock& block : blocks) sum += block.Minutes();
  return sum;
}

}  // namespace klynge
