package org.jiqitong.resources.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.resources.BookingView;
import org.jiqitong.resources.Bookings;
import org.jiqitong.resources.NeedKind;
import org.jiqitong.resources.NeedView;
import org.jiqitong.resources.Needs;
import org.jiqitong.resources.NewNeed;
import org.jiqitong.resources.ResourceKind;
import org.jiqitong.resources.ResourceMatch;
import org.jiqitong.resources.ResourceView;
import org.jiqitong.resources.Resources;
import org.jiqitong.resources.ResourcesBadInputException;
import org.jiqitong.resources.Slot;
import org.jiqitong.shared.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** 政府资源库 over the API: the catalogue and a facility's free slots (public); needs and bookings as an enterprise. */
@RestController
class ResourcesApi {

    private final Resources resources;
    private final Needs needs;
    private final Bookings bookings;

    ResourcesApi(Resources resources, Needs needs, Bookings bookings) {
        this.resources = resources;
        this.needs = needs;
        this.bookings = bookings;
    }

    @GetMapping("/api/v1/resources")
    @Operation(summary = "The published resources: kind FUND, VENTURE_FUND, LAND, SPACE, FACILITY, FINANCE_PRODUCT or "
            + "SERVICE; district a GB/T 2260 code; industry a GB/T 4754 code; q words; paged")
    Page<ResourceView> search(@RequestParam(required = false) String kind, @RequestParam(required = false) String district,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return resources.search(kind(kind), district, industry, q, page, size);
    }

    @GetMapping("/api/v1/resources/{id}")
    @Operation(summary = "One published resource")
    ResourceView resource(@PathVariable long id) {
        return resources.get(id, CurrentUser.get().orElse(null));
    }

    @GetMapping("/api/v1/resources/{id}/slots")
    @Operation(summary = "The free slots of a shared facility on a day (Beijing time, ISO with offset)")
    List<Slot> slots(@PathVariable long id, @RequestParam LocalDate date) {
        return bookings.slots(id, date);
    }

    /** A booking request: {start, end} ISO instants with offset, and an optional purpose. */
    record BookingRequest(OffsetDateTime start, OffsetDateTime end, String purpose) {
    }

    @PostMapping("/api/v1/resources/{id}/bookings")
    @Operation(summary = "Books a slot as an enterprise: 201, or 409 with a problem when it overlaps a live booking")
    ResponseEntity<BookingView> book(@PathVariable long id, @RequestBody BookingRequest b) {
        return ResponseEntity.status(HttpStatus.CREATED).body(bookings.book(id, b.start(), b.end(), b.purpose(), me()));
    }

    /** A need: kind LAND (areaMu), SPACE (areaM2, maxRentFen), FINANCING (amountFen), FACILITY or SERVICE. */
    record NeedRequest(NeedKind kind, BigDecimal areaMu, BigDecimal areaM2, Long amountFen, Long maxRentFen,
            List<String> districts, String industry, LocalDate neededBy, String description) {
    }

    @PostMapping("/api/v1/needs")
    @Operation(summary = "States a need (企业点菜) as an enterprise; it is matched and routed at once")
    ResponseEntity<NeedView> state(@RequestBody NeedRequest n) {
        return ResponseEntity.status(HttpStatus.CREATED).body(needs.state(new NewNeed(n.kind(), n.areaMu(), n.areaM2(),
                n.amountFen(), n.maxRentFen(), n.districts(), n.industry(), n.neededBy(), n.description()), me()));
    }

    @GetMapping("/api/v1/needs/{id}")
    @Operation(summary = "One need with its routes and answers (its enterprise, a routed department, its commissioner)")
    NeedView need(@PathVariable long id) {
        return needs.get(id, me());
    }

    @GetMapping("/api/v1/needs/{id}/matches")
    @Operation(summary = "The ranked resources for a need: verdict, explanations and the fit per constraint")
    List<ResourceMatch> matches(@PathVariable long id) {
        return needs.matches(id, me());
    }

    private static ResourceKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return ResourceKind.parse(kind).orElseThrow(() -> new ResourcesBadInputException("“kind”:没有这种资源类型:" + kind
                + "(应为 FUND、VENTURE_FUND、LAND、SPACE、FACILITY、FINANCE_PRODUCT 或 SERVICE)"));
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
