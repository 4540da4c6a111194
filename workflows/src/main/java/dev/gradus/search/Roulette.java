package dev.gradus.search;

import java.util.List;
import java.util.Random;

/**
 * Roulette-wheel selection, as EvoPrompt's GA picks its parents: each member is drawn with
 * probability proportional to its score. Scores are in [0, 1], so a population that scores zero
 * everywhere would make an empty wheel; it is drawn from uniformly instead.
 */
final class Roulette {

  private Roulette() {}

  /**
   * The index of one drawn member.
   *
   * @param excluded an index that may not be drawn (the first parent, when drawing the second), or
   *     -1 for none
   */
  static int spin(List<Candidate> members, Random random, int excluded) {
    int eligible = 0;
    double total = 0;
    for (int i = 0; i < members.size(); i++) {
      if (i != excluded) {
        eligible++;
        total += weight(members.get(i));
      }
    }
    if (eligible == 0) {
      throw new IllegalArgumentException("no member to draw from");
    }
    if (total <= 0) {
      int k = random.nextInt(eligible);
      for (int i = 0; i < members.size(); i++) {
        if (i != excluded && k-- == 0) {
          return i;
        }
      }
    }
    double ball = random.nextDouble() * total;
    int last = -1;
    for (int i = 0; i < members.size(); i++) {
      double w = i == excluded ? 0 : weight(members.get(i));
      if (w > 0) {
        last = i;
        ball -= w;
        if (ball < 0) {
          return i;
        }
      }
    }
    return last; // rounding left the ball a hair beyond the wheel's end
  }

  private static double weight(Candidate c) {
    return c.scored() ? Math.max(0, c.score()) : 0;
  }
}
