package com.bridgecoach.content;

import java.util.List;

/**
 * What a champion needs in hand to sell to the other side.
 *
 * @param side     the champion's side
 * @param title    one line naming the kit
 * @param intro    the situation, and why the kit matters
 * @param items    the checklist
 * @param nextStep what the rep does with it this week
 */
public record ChampionKit(ChampionSide side, String title, String intro, List<Item> items, String nextStep) {

    public ChampionKit {
        items = List.copyOf(items);
    }

    /** One checklist item: what it must contain, and why the other side asks for it. */
    public record Item(String item, String mustContain, String whyTheyAsk) {
    }
}
