package org.jiqitong.registry.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.ImportError;
import org.jiqitong.registry.ImportRefusedException;
import org.jiqitong.registry.ImportRequest;
import org.jiqitong.registry.Registry;
import org.springframework.http.HttpStatus;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The ADMIN's import page: upload with progress, templates, recent deliveries and error reports. */
@PageController
class ImportPages {

    private final Registry registry;
    private final ImportRuns runs;
    private final ImportExecutor executor;

    ImportPages(Registry registry, ImportRuns runs, ImportExecutor executor) {
        this.registry = registry;
        this.runs = runs;
        this.executor = executor;
    }

    @GetMapping("/registry/imports")
    String page(Model model) {
        Scope.requireAdmin();
        model.addAttribute("feeds", Feed.values());
        model.addAttribute("sources", registry.sources());
        model.addAttribute("runs", runs.recent(20));
        return "registry/imports";
    }

    @PostMapping("/registry/imports")
    String upload(@RequestParam Feed feed, @RequestParam String source,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        Scope.requireAdmin();
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "imports.noFile");
            return page(model);
        }
        ImportRequest request = new ImportRequest(feed, source, ImportRequest.Channel.UPLOAD,
                file.getOriginalFilename(), Scope.caller().getUsername());
        try {
            long runId = executor.submit(request, file.getInputStream()).runId();
            return "redirect:/registry/imports/" + runId;
        } catch (ImportRefusedException e) {
            model.addAttribute("refused", e.getMessage());
            return page(model);
        }
    }

    @GetMapping("/registry/imports/{id}")
    String run(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Scope.requireAdmin();
        var run = runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("run", run);
        model.addAttribute("errors", run.running() ? java.util.List.of() : runs.errors(id, 1000));
        return htmx != null ? "registry/import-run :: progress" : "registry/import-run";
    }

    @GetMapping("/registry/imports/{id}/errors.csv")
    void errorReport(@PathVariable long id, HttpServletResponse response) throws IOException {
        Scope.requireAdmin();
        runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.print('\uFEFF');
        out.println("row,column,message");
        for (ImportError e : runs.errors(id, Integer.MAX_VALUE)) {
            out.println(e.row() + "," + (e.column() == null ? "" : e.column()) + "," + CsvRecords.quote(e.message()));
        }
        out.flush();
    }

    @GetMapping("/registry/imports/template/{feed}.csv")
    void template(@PathVariable String feed, HttpServletResponse response) throws IOException {
        Scope.requireAdmin();
        Feed f = Feed.ofPath(feed);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + f.path() + "-template.csv\"");
        response.getOutputStream().write((String.join(",", f.columns()) + "\n" + Templates.example(f) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
