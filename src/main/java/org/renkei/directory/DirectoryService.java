package org.renkei.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.internal.Members;
import org.renkei.platform.Inputs;
import org.renkei.platform.Kana;
import org.renkei.platform.OffsetLimit;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会員検索: every member finds colleagues in any district of the metropolis (a hospital in the next
 * ward, say), among active members of active facilities. It shows who they are and where, not their
 * account or contact details beyond the facility's phone.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private final Members members;

    DirectoryService(Members members) {
        this.members = members;
    }

    public List<DirectoryEntry> find(Actor actor, @Nullable String text, @Nullable Profession profession,
            @Nullable Long associationId, int offset, int limit) {
        Permissions.requireMember(actor);
        String t = Inputs.blank(text);
        return members.directory(t, t == null ? null : Kana.normalize(t), profession, associationId,
                OffsetLimit.of(offset, limit));
    }
}
