package io.github.cqpm.rules;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.rules.decision.Subject;
import java.util.Arrays;
import java.util.List;

/**
 * A référentiel laid out once for the rules: its blocks in the fiche's order, each capacity at a
 * slot (its rank by code), and the subjects findings name. Built when a {@link CqpmRules} is, so
 * that deciding a dossier looks capacities up in an array and never rebuilds a subject's text.
 */
final class ReferentialIndex {
  private final Referential referential;
  /** The capacities' codes, sorted: a capacity's slot is its index here. */
  private final CapacityCode[] sorted;
  private final CapacityCode[] capacities;
  private final Subject[] capacitySubjects;
  private final Subject[] blockSubjects;
  private final int[][] blockSlots;

  ReferentialIndex(Referential referential) {
    this.referential = referential;
    List<Block> blocks = referential.getBlocks();
    sorted = referential.getCapacities().stream().map(c -> c.getCode()).sorted().toArray(CapacityCode[]::new);
    capacities = new CapacityCode[sorted.length];
    capacitySubjects = new Subject[sorted.length];
    blockSubjects = new Subject[blocks.size()];
    blockSlots = new int[blocks.size()][];
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      blockSubjects[b] = Subject.of(Subject.Kind.BLOCK, block.getCode());
      List<CapacityCode> codes = block.getCapacities();
      blockSlots[b] = new int[codes.size()];
      for (int i = 0; i < codes.size(); i++) {
        int slot = slotOf(codes.get(i));
        blockSlots[b][i] = slot;
        capacities[slot] = codes.get(i);
        capacitySubjects[slot] = Subject.of(Subject.Kind.CAPACITY, codes.get(i));
      }
    }
  }

  /** The référentiel. */
  Referential referential() {
    return referential;
  }

  /** How many capacities, hence slots. */
  int capacityCount() {
    return sorted.length;
  }

  /**
   * The slot of a capacity, or a negative number when it is not one of this référentiel's (every
   * capacity of a référentiel belongs to exactly one block, which the model checks).
   */
  int slotOf(CapacityCode capacity) {
    return Arrays.binarySearch(sorted, capacity);
  }

  /** The capacity at a slot. */
  CapacityCode capacity(int slot) {
    return capacities[slot];
  }

  /** The subject of the capacity at a slot. */
  Subject capacitySubject(int slot) {
    return capacitySubjects[slot];
  }

  /** How many blocks. */
  int blockCount() {
    return blockSlots.length;
  }

  /** The block at an index, in the fiche's order. */
  Block block(int index) {
    return referential.getBlocks().get(index);
  }

  /** The code of the block at an index. */
  BlockCode blockCode(int index) {
    return block(index).getCode();
  }

  /** The subject of the block at an index. */
  Subject blockSubject(int index) {
    return blockSubjects[index];
  }

  /** The slots of the capacities of the block at an index, in the fiche's order. */
  int[] blockSlots(int index) {
    return blockSlots[index];
  }
}
