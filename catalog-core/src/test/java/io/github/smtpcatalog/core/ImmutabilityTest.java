// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the core hands out cannot be changed, neither through a returned collection nor through a collection the
 * caller passed in and changes afterwards. (ArchitectureTest checks that the public value types are final with
 * final fields; StatusCatalogTest covers the catalogue's own lists.)
 */
class ImmutabilityTest {

    private static final String DSN = "Final-Recipient: rfc822; jan@example.nl\nAction: failed\nStatus: 5.1.1\n\n"
            + "Final-Recipient: rfc822; piet@example.nl\nAction: delayed\nStatus: 4.2.2\n";

    @Test
    void deliveryStatusGroupsCannotBeChanged() {
        List<ParsedReply> groups = ReplyParser.parseDeliveryStatus(DSN);
        assertThat(groups).hasSize(2);
        assertThatThrownBy(groups::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> groups.set(0, groups.get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> groups.add(groups.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ReplyParser.parseDeliveryStatus("").add(groups.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(ReplyParser.parseDeliveryStatus(DSN)).isEqualTo(groups);
    }

    @Test
    void aParsedReplyDoesNotChangeWhenItsBuilderIsUsedAgain() {
        ParsedReply.Builder b = ParsedReply.builder().replyCode(ReplyCode.of(550))
                .enhancedCode(EnhancedStatusCode.parse("5.1.1")).recipient("jan@example.nl").text("User unknown");
        ParsedReply first = b.build();
        b.replyCode(ReplyCode.of(452)).enhancedCode(EnhancedStatusCode.parse("4.2.2")).recipient("piet@example.nl")
                .text("Mailbox full").provider(Provider.GOOGLE).dsnAction(DsnAction.DELAYED)
                .dsnStatus(EnhancedStatusCode.parse("4.2.2")).remoteMta("mx.example.nl");
        assertThat(first.replyCode()).contains(ReplyCode.of(550));
        assertThat(first.enhancedCode()).contains(EnhancedStatusCode.parse("5.1.1"));
        assertThat(first.recipient()).contains("jan@example.nl");
        assertThat(first.text()).isEqualTo("User unknown");
        assertThat(first.provider()).isEmpty();
        assertThat(first.dsnAction()).isEmpty();
        assertThat(first.dsnStatus()).isEmpty();
        assertThat(first.remoteMta()).isEmpty();
        assertThat(b.build()).isNotEqualTo(first);
    }

    @Test
    void aReadingKeepsItsOwnCopiesAndHandsOutUnmodifiableViews() {
        Set<Source> sources = EnumSet.of(Source.IANA);
        List<ReplyCode> replies = new ArrayList<>(List.of(ReplyCode.of(550)));
        Reading.Builder b = Reading.builder(Origin.STANDARD, "iana.5.1.1").sources(sources).replyCodes(replies)
                .param("limit", 10).provenance("RFC 3463");
        Reading r = b.build();
        sources.add(Source.SEED);
        replies.add(ReplyCode.of(551));
        b.param("limit", 20).param("other", 1).sources(Set.of(Source.RFC));
        assertThat(r.sources()).containsExactly(Source.IANA);
        assertThat(r.replyCodes()).containsExactly(ReplyCode.of(550));
        assertThat(r.params()).containsExactly(org.assertj.core.api.Assertions.entry("limit", 10));
        assertThatThrownBy(() -> r.sources().add(Source.SEED)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.replyCodes().add(ReplyCode.of(551)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.params().put("limit", 20)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.params().remove("limit")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aReadingWithoutSourcesHasAnEmptyUnmodifiableSet() {
        Reading r = Reading.builder(Origin.STANDARD, "x").provenance("RFC 5321").build();
        assertThat(r.sources()).isEmpty();
        assertThatThrownBy(() -> r.sources().add(Source.RFC)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEntryKeepsItsOwnCopyOfTheReadings() {
        Reading standard = Reading.builder(Origin.STANDARD, "iana.5.1.1").sources(Set.of(Source.IANA))
                .provenance("RFC 3463").build();
        Reading seed = Reading.builder(Origin.SEED, "seed.5.1.1").sources(Set.of(Source.SEED))
                .provenance("seed").build();
        List<Reading> readings = new ArrayList<>(List.of(standard));
        CatalogEntry e = new CatalogEntry(CatalogCode.parse("5.1.1"), readings);
        readings.add(seed);
        assertThat(e.readings()).containsExactly(standard);
        assertThat(e.sources()).containsExactly(Source.IANA);
        assertThatThrownBy(() -> e.readings().add(seed)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.sources().add(Source.SEED)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCatalogueKeepsItsOwnCopyOfTheEntriesAndHandsOutUnmodifiableLists() {
        Reading standard = Reading.builder(Origin.STANDARD, "iana.5.1.1").sources(Set.of(Source.IANA))
                .provenance("RFC 3463").build();
        CatalogEntry e511 = new CatalogEntry(CatalogCode.parse("5.1.1"), List.of(standard));
        CatalogEntry e5 = new CatalogEntry(CatalogCode.parse("5.x.x"),
                List.of(Reading.builder(Origin.STANDARD, "class.5").provenance("RFC 3463").build()));
        List<CatalogEntry> entries = new ArrayList<>(List.of(e511, e5));
        StatusCatalog catalog = StatusCatalog.of(entries);
        entries.clear();
        assertThat(catalog.entries()).containsExactlyInAnyOrder(e511, e5);
        StatusCatalog standardCatalog = StatusCatalog.standard();
        for (List<CatalogEntry> list : List.of(catalog.entries(), catalog.entries(Level.DETAIL),
                standardCatalog.entries(StatusClass.PERMANENT_FAILURE),
                standardCatalog.entries(StatusClass.PERMANENT_FAILURE, 1), standardCatalog.entries(Level.CLASS))) {
            assertThat(list).isNotEmpty();
            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> list.add(e511)).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
