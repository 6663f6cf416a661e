// Who may do what, by role rather than by key. The app's identity gets exactly the data roles the Functions host and the
// pipeline need; the deploying user (optional) gets read access to the CSV exports and may mint read-only links to them.
@description('Name of the storage account.')
param storageAccountName string

@description('Name of the container that holds the CSV exports.')
param exportsContainerName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Principal ID of the function app\'s managed identity.')
param identityPrincipalId string

@description('Principal ID of the deploying user (azd fills it); empty grants nothing.')
param userPrincipalId string = ''

// Built-in role definition IDs (the same in every tenant).
var roles = {
  // Blob Data Owner, not Contributor: the host's timer singleton locks and the deployment package need it (per the Functions docs).
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // Lets the host send telemetry to an Application Insights that accepts Entra ID only.
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  // Allows requesting a user delegation key, which signs the read-only links (SAS) analysts get.
  storageBlobDelegator: 'db58b8e5-c6ad-4a2a-8342-4190687cbf4a'
}

var identityStorageRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource exports 'containers' existing = {
      name: exportsContainerName
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource identityStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in identityStorageRoles: {
    name: guid(account.id, identityPrincipalId, roleId)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: identityPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource identityTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identityPrincipalId, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource userExportsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(userPrincipalId)) {
  name: guid(account::blobService::exports.id, userPrincipalId, roles.storageBlobDataReader)
  scope: account::blobService::exports
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
    principalId: userPrincipalId
  }
}

resource userDelegator 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(userPrincipalId)) {
  name: guid(account.id, userPrincipalId, roles.storageBlobDelegator)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDelegator)
    principalId: userPrincipalId
  }
}
