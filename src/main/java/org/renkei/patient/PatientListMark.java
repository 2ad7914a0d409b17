package org.renkei.patient;

import java.util.Collection;
import java.util.Map;
import java.util.function.BiFunction;
import org.renkei.security.Actor;

/**
 * A module's mark on patients in 担当患者 (訪問時の対策の確認待ち, say), so the patient module does not depend on the
 * modules that add to its list. Asked once for each page of the list, for the patients on it.
 */
public interface PatientListMark {

    /**
     * @param patientIds the patients on the page (the member is on their teams)
     * @param translate a key and its arguments to the member's language
     * @return a short label for each patient that needs one
     */
    Map<Long, String> marks(Actor actor, Collection<Long> patientIds, BiFunction<String, Object[], String> translate);
}
