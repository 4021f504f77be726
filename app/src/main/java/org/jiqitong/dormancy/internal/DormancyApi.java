package org.jiqitong.dormancy.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jiqitong.dormancy.Dormancy;
import org.jiqitong.dormancy.EpisodeView;
import org.jiqitong.dormancy.NewDormancy;
import org.jiqitong.dormancy.PublicDormancy;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.shared.Page;
import org.jiqitong.shared.Uscc;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** 休眠 over the API: an enterprise applies; an entity's episodes (scoped as its profile); the public list. */
@RestController
class DormancyApi {

    private final Dormancy dormancy;

    DormancyApi(Dormancy dormancy) {
        this.dormancy = dormancy;
    }

    @PostMapping("/api/v1/dormancy/applications")
    @Operation(summary = "休眠申请: {start, end, serviceAddress, contact, reason, labourSettled, commitment} by the enterprise")
    ResponseEntity<EpisodeView> apply(@RequestBody NewDormancy d) {
        return ResponseEntity.status(HttpStatus.CREATED).body(dormancy.apply(d, me()));
    }

    @GetMapping("/api/v1/dormancy/entities/{uscc}")
    @Operation(summary = "An entity's episodes of 休眠 (the enterprise itself, or staff)")
    List<EpisodeView> episodes(@PathVariable String uscc) {
        return dormancy.episodes(Uscc.parse(uscc).value(), me());
    }

    @GetMapping("/api/v1/dormancy/public")
    @Operation(summary = "The public list: name, USCC, term and service address of registered dormancies")
    Page<PublicDormancy> publicList(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return dormancy.publicList(page, size);
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
