package org.renkei.safety.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.renkei.patient.PatientListMark;
import org.renkei.safety.MeasureService;
import org.renkei.security.Actor;

/** On 担当患者: 「対策の確認 N件」 on each patient whose visit-risk measures the member has not confirmed yet. */
@org.springframework.stereotype.Component
class MeasureMarks implements PatientListMark {

    private final MeasureService measures;

    MeasureMarks(MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public Map<Long, String> marks(Actor actor, Collection<Long> patientIds, BiFunction<String, Object[], String> translate) {
        Map<Long, String> out = new HashMap<>();
        measures.pendingFor(actor, patientIds).forEach((id, n) -> out.put(id, translate.apply("safety.page.mark", new Object[] {n})));
        return out;
    }
}
