#include "statuspagetypes.h"

bool Incident::isResolved() const
{
    return status == u"resolved" || status == u"postmortem" || status == u"completed";
}

bool Incident::operator==(const Incident& o) const
{
    return id == o.id && name == o.name && status == o.status && impact == o.impact && shortlink == o.shortlink
        && createdAt == o.createdAt && updatedAt == o.updatedAt && startedAt == o.startedAt
        && resolvedAt == o.resolvedAt && scheduledFor == o.scheduledFor && scheduledUntil == o.scheduledUntil
        && componentIds == o.componentIds && updates == o.updates;
}

bool StatusSummary::operator==(const StatusSummary& o) const
{
    return pageId == o.pageId && pageName == o.pageName && pageUrl == o.pageUrl && pageUpdatedAt == o.pageUpdatedAt
        && indicator == o.indicator && description == o.description && components == o.components
        && incidents == o.incidents && maintenances == o.maintenances;
}
