package org.jiqitong.rules.condition;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits a condition tree by path, for the officer's builder: add a node under a group, remove a node. Paths are
 * the checker's ({@code conditions.all[1].any[0]}); the root is {@code conditions}. Returns new trees.
 */
public final class TreeEdit {

    private TreeEdit() {
    }

    /** Adds {@code node} at the end of the group at {@code groupPath} (an all/any node, or the child of a not). */
    public static Condition add(Condition root, String groupPath, Condition node) {
        if (root == null) {
            return node instanceof Condition.Leaf ? new Condition.All(List.of(node)) : node;
        }
        return edit(root, "conditions", groupPath, node, null);
    }

    /** Removes the node at {@code path}; removing the root leaves no tree (null). */
    public static Condition remove(Condition root, String path) {
        if ("conditions".equals(path)) {
            return null;
        }
        return edit(root, "conditions", null, null, path);
    }

    private static Condition edit(Condition node, String path, String addAt, Condition added, String removeAt) {
        if (node instanceof Condition.All all) {
            List<Condition> children = children(all.conditions(), path + ".all", addAt, added, removeAt);
            if (path.equals(addAt)) {
                children.add(added);
            }
            return children.isEmpty() ? null : new Condition.All(children);
        }
        if (node instanceof Condition.Any any) {
            List<Condition> children = children(any.conditions(), path + ".any", addAt, added, removeAt);
            if (path.equals(addAt)) {
                children.add(added);
            }
            return children.isEmpty() ? null : new Condition.Any(children);
        }
        if (node instanceof Condition.Not not) {
            if ((path + ".not").equals(removeAt)) {
                return null;
            }
            Condition child = edit(not.condition(), path + ".not", addAt, added, removeAt);
            return child == null ? null : new Condition.Not(child);
        }
        return node;
    }

    private static List<Condition> children(List<Condition> conditions, String path, String addAt, Condition added,
            String removeAt) {
        List<Condition> result = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            String childPath = path + "[" + i + "]";
            if (childPath.equals(removeAt)) {
                continue;
            }
            Condition child = edit(conditions.get(i), childPath, addAt, added, removeAt);
            if (child != null) {
                result.add(child);
            }
        }
        return result;
    }

    /** The paths of the groups a node may be added to, with a short label, in tree order. */
    public static List<String[]> groups(Condition root) {
        List<String[]> groups = new ArrayList<>();
        if (root != null) {
            collect(root, "conditions", groups);
        }
        return groups;
    }

    private static void collect(Condition node, String path, List<String[]> groups) {
        if (node instanceof Condition.All all) {
            groups.add(new String[] {path, "同时满足 " + path});
            for (int i = 0; i < all.conditions().size(); i++) {
                collect(all.conditions().get(i), path + ".all[" + i + "]", groups);
            }
        } else if (node instanceof Condition.Any any) {
            groups.add(new String[] {path, "满足任一 " + path});
            for (int i = 0; i < any.conditions().size(); i++) {
                collect(any.conditions().get(i), path + ".any[" + i + "]", groups);
            }
        } else if (node instanceof Condition.Not not) {
            collect(not.condition(), path + ".not", groups);
        }
    }
}
